using Integration = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Prospecting.Domain.Leads;

/// <summary>
/// The integration event a domain event publishes, if any, given the lead after the event. Kept beside the
/// aggregate so a handler only has to publish what this returns.
/// </summary>
public static class LeadIntegrationEvents
{
    public static object? For(object domainEvent, Lead after) => domainEvent switch
    {
        LeadCaptured e => new Integration.LeadCaptured(e.LeadId, e.Intake.SourceId, e.Intake.PointOfSaleId, e.Intake.Route.ToString(),
            e.Intake.Need.Condition?.ToString(), e.Intake.Need.Financing?.ToString(), e.At),
        LeadQualified e => new Integration.LeadQualified(e.LeadId, after.PointOfSaleId, after.AdvisorId,
            e.Need.Condition?.ToString() ?? "", e.Need.Financing?.ToString() ?? "", e.At),
        AppointmentSet e => new Integration.VisitScheduled(e.LeadId, e.PointOfSaleId, after.AdvisorId, e.VisitAt, e.At),
        LeadWon e => new Integration.LeadWon(e.LeadId, after.SourceId, e.QuoteId, e.ContractId, e.At),
        LeadLost e => new Integration.LeadLost(e.LeadId, after.SourceId, e.Reason.ToString(), e.At),
        _ => null,
    };
}
