namespace Leasing.Contracts.Domain;

/// <summary>
/// The consumer's 14-day withdrawal period (délai de rétractation): a consumer LOA is a credit (Code de la consommation
/// L.312-19), a consumer LLD signed at a distance a distance contract (L.221-18). It runs 14 calendar days from the
/// signature; a period ending on a Saturday or Sunday runs to the next Monday (L.221-19), a rule granted to both kinds.
/// </summary>
public static class WithdrawalPeriod
{
    public const int Days = 14;

    public static bool Applies(ContractTerms terms, SignatureChannel channel) =>
        terms.CustomerType == CustomerType.Individual && (terms.Product == Product.Loa || channel == SignatureChannel.Distance);

    /// <summary>The last day the customer may withdraw (inclusive).</summary>
    public static DateOnly LastDay(DateOnly signedOn)
    {
        var last = signedOn.AddDays(Days);
        return last.DayOfWeek switch
        {
            DayOfWeek.Saturday => last.AddDays(2),
            DayOfWeek.Sunday => last.AddDays(1),
            _ => last,
        };
    }
}
