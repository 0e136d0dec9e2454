namespace Leasing.Prospecting.IntegrationEvents;

// The only types other modules may use from Prospecting. Flat and self-contained on purpose: ids, codes and
// instants, no personal data (a workflow or a report correlates by lead id and reads no Prospecting data).

/// <summary>A new lead (not a duplicate merged into an open one) arrived; starts the lead workflows.</summary>
public sealed record LeadCaptured(Guid LeadId, string SourceId, Guid PointOfSaleId, string Route, string? Condition, string? Financing,
    DateTimeOffset CapturedAt);
