namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// The annuity that repays a capitalised value PV down to a residual value RV in n monthly rents at
/// monthly rate r (DOMAIN.md, "Pricing"):
/// <c>rent = (PV − RV / (1+r)^n) × r / (1 − (1+r)^−n)</c>, divided by (1+r) when rents are paid in
/// advance, and <c>(PV − RV) / n</c> at rate 0. Everything here is unrounded; callers round outputs.
/// </summary>
public static class Annuity
{
    /// <summary>Monthly rate from the nominal annual percentage: 6 % → 0.005 (the French convention, not (1.06)^(1/12) − 1).</summary>
    public static decimal MonthlyRate(decimal annualRatePercent) => annualRatePercent / 100m / 12m;

    /// <summary>1 / (1+r)^n: today's value of 1 € paid after n months.</summary>
    public static decimal DiscountFactor(decimal monthlyRate, int months) => 1m / DecimalMath.Pow(1m + monthlyRate, months);

    /// <summary>
    /// The factor f with rent = (PV − RV × v^n) × f. The rent is linear in PV and RV, which is what lets
    /// the solvers find a first payment, a residual value or a price directly instead of by search.
    /// </summary>
    public static decimal RentFactor(decimal monthlyRate, int months, PaymentTiming timing)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        if (monthlyRate == 0m)
            return 1m / months;

        var denominator = 1m - DiscountFactor(monthlyRate, months);
        // A rate too small for decimal to tell (1+r)^n from 1 is, for money, a zero rate.
        if (denominator == 0m)
            return 1m / months;

        var arrears = monthlyRate / denominator;
        return timing == PaymentTiming.Advance ? arrears / (1m + monthlyRate) : arrears;
    }

    public static decimal Rent(decimal presentValue, decimal residualValue, decimal monthlyRate, int months, PaymentTiming timing) =>
        (presentValue - residualValue * DiscountFactor(monthlyRate, months)) * RentFactor(monthlyRate, months, timing);
}
