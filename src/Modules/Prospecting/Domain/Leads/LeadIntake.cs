namespace Leasing.Prospecting.Domain.Leads;

/// <summary>The route a lead came in by. It is not the source (who generated it) nor the person's preferred channel.</summary>
public enum IntakeRoute { Api, WebForm, CsvImport, AdfXml, Manual }

/// <summary>
/// A lead as it arrives, whatever the route: the API, the public web form, a CSV import row, an ADF XML prospect.
/// Every route builds this one record, so capture, duplicate detection and validation have a single input.
/// </summary>
public sealed record LeadIntake(
    string SourceId,
    IntakeRoute Route,
    Guid PointOfSaleId,
    LeadContact Contact,
    LeadNeed Need,
    LeadConsent Consent,
    string? Message = null,
    string? ExternalReference = null,
    DateTimeOffset? RequestedAt = null);
