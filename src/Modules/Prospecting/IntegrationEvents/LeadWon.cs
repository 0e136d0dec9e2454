namespace Leasing.Prospecting.IntegrationEvents;

/// <summary>The lead became a contract.</summary>
public sealed record LeadWon(Guid LeadId, string SourceId, Guid? QuoteId, Guid? ContractId, DateTimeOffset WonAt);
