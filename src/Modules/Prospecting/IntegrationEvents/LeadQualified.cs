namespace Leasing.Prospecting.IntegrationEvents;

/// <summary>The need is known (new or used, LLD/LOA/purchase): Offers may prepare a quote for the lead.</summary>
public sealed record LeadQualified(Guid LeadId, Guid PointOfSaleId, Guid? AdvisorId, string Condition, string Financing, DateTimeOffset QualifiedAt);
