namespace Leasing.Contracts.Domain;

/// <summary>
/// The lessor's fees, excluding VAT, copied into each contract when its file opens (a signed contract keeps the fees it
/// was signed with): delivery on the first invoice, return on the last, and the early-termination fee of the contractual
/// settlement (never asked of a consumer LOA, whose indemnity the consumer code fixes).
/// </summary>
public sealed record FeeSchedule(decimal DeliveryFeeExcludingVat, decimal ReturnFeeExcludingVat, decimal EarlyTerminationFeeExcludingVat)
{
    public static readonly FeeSchedule Default = new(250m, 150m, 300m);
}
