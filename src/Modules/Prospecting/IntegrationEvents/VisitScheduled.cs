namespace Leasing.Prospecting.IntegrationEvents;

/// <summary>An appointment at the point of sale: the advisor's agenda and the reminder workflow use it.</summary>
public sealed record VisitScheduled(Guid LeadId, Guid PointOfSaleId, Guid? AdvisorId, DateTimeOffset VisitAt, DateTimeOffset ScheduledAt);
