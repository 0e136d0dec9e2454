namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// How an annual rate becomes a monthly discount rate. <see cref="Proportional"/> is the French lessors' convention the
/// rents are priced with (6 % a year → 0.5 % a month, see <see cref="Annuity.MonthlyRate"/>); <see cref="Actuarial"/> is
/// compound interest on the annual rate ((1 + i)^(1/12) − 1), the "méthode des intérêts composés" the consumer code asks
/// for when a consumer LOA's unpaid future rents are discounted (art. D.312-18).
/// </summary>
public enum DiscountConvention
{
    Proportional,
    Actuarial,
}

/// <summary>
/// Present values of amounts due in the future, on decimal throughout. A rent due in t whole months is worth
/// rent × v^t today, v = 1 / (1 + monthly rate). Unrounded: callers round the figures they show.
/// </summary>
public static class Discounting
{
    public static decimal MonthlyRate(decimal annualRatePercent, DiscountConvention convention) => convention switch
    {
        DiscountConvention.Actuarial => DecimalMath.Root(1m + annualRatePercent / 100m, 12) - 1m,
        _ => Annuity.MonthlyRate(annualRatePercent),
    };

    /// <summary>Today's value of <paramref name="amount"/> due in <paramref name="months"/> months.</summary>
    public static decimal PresentValue(decimal amount, decimal monthlyRate, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return amount * Annuity.DiscountFactor(monthlyRate, months);
    }

    /// <summary>
    /// Today's value of <paramref name="count"/> equal rents, the first due in <paramref name="firstDueInMonths"/> months
    /// and each following one a month later: Σ rent × v^(first + k), k = 0 … count − 1.
    /// </summary>
    public static decimal PresentValueOfRents(decimal rent, decimal monthlyRate, int count, int firstDueInMonths)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(firstDueInMonths);
        var total = 0m;
        var factor = Annuity.DiscountFactor(monthlyRate, firstDueInMonths);
        var v = 1m / (1m + monthlyRate);
        for (var k = 0; k < count; k++)
        {
            total += rent * factor;
            factor *= v;
        }
        return total;
    }
}
