namespace Leasing.Prospecting.IntegrationEvents;

/// <summary>The lead ended without a sale; the reason is a code (<c>BoughtElsewhere</c> ...), never the advisor's note.</summary>
public sealed record LeadLost(Guid LeadId, string SourceId, string Reason, DateTimeOffset LostAt);
