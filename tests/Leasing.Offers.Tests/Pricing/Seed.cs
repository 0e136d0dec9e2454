using Leasing.Offers.Domain.Pricing;

namespace Leasing.Offers.Tests.Pricing;

/// <summary>The dealer's "pavé financier" of seed 002, and an independent reference for the annuity.</summary>
internal static class Seed
{
    public static PricingRequest Request(LeaseProduct product = LeaseProduct.Loa) => new()
    {
        Product = product,
        CustomerType = CustomerType.Individual,
        VehiclePrice = 24_800m,
        FirstPayment = 0m,
        ResidualValue = 12_800m,
        TermMonths = 36,
        AnnualRatePercent = 6m,
        AnnualMileageKm = 12_000,
        Services = [IncludedService.PerKm("Kilometres", 0.04m)],
        ExcessKmPrice = 0.06m,
    };

    /// <summary>
    /// The textbook annuity in double, written separately from the engine: used only to check the
    /// engine's decimal results to well within half a cent.
    /// </summary>
    public static double ReferenceRent(double pv, double rv, double annualPercent, int n, bool advance = false)
    {
        var r = annualPercent / 100 / 12;
        if (r == 0)
            return (pv - rv) / n;
        var rent = (pv - rv / Math.Pow(1 + r, n)) * r / (1 - Math.Pow(1 + r, -n));
        return advance ? rent / (1 + r) : rent;
    }

    /// <summary>
    /// Runs a balance month by month with the given rent and returns what is left at term:
    /// the definition of "repays PV down to RV", independent of any closed formula.
    /// </summary>
    public static decimal BalanceAtTerm(decimal pv, decimal annualPercent, int n, decimal rent, bool advance)
    {
        var r = annualPercent / 1200m;
        var balance = pv;
        for (var month = 0; month < n; month++)
            balance = advance ? (balance - rent) * (1 + r) : balance * (1 + r) - rent;
        return balance;
    }

    public static decimal Round2(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);
}
