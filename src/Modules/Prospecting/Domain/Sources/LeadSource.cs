namespace Leasing.Prospecting.Domain.Sources;

/// <summary>
/// A lead source of the managed catalogue. The id is a stable slug (used in imports and statistics); the name is
/// what the French admin shows; the cost per lead (EUR, excl. VAT) is what the provider charges, or an estimate
/// for own channels. Sources that pass on people who did not ask the dealer themselves require recorded consent.
/// </summary>
public sealed record LeadSource(string Id, string Name, decimal CostPerLead, bool ConsentRequired, bool Active = true, IReadOnlyList<string>? Aliases = null);
