namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// The lessor's cost per km of wear items and services (PRK, prix de revient kilométrique).
/// Kept unrounded: per-km rates are routinely fractions of a cent, and rounding them would be
/// multiplied by tens of thousands of km. Only the monthly charge built from them is rounded.
/// </summary>
public static class CostPerKm
{
    /// <summary>
    /// Cost of a wear item divided by its average life. The seed's tyres: a set of four costs 1 000 €,
    /// the fronts last 30 000 km and the rears 70 000 km, so the set lasts (30 000 + 70 000) / 2 =
    /// 50 000 km on average and costs 1 000 / 50 000 = 0.02 € per km.
    /// </summary>
    public static decimal OfWearItem(decimal cost, params decimal[] componentLivesKm)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        if (componentLivesKm.Length == 0 || componentLivesKm.Any(life => life <= 0m))
            throw new ArgumentException("Give at least one positive life in km.", nameof(componentLivesKm));
        return cost / componentLivesKm.Average();
    }

    /// <summary>The lessor adds the PRK of every item it covers; the sum is the service's rate per km.</summary>
    public static decimal Total(IEnumerable<decimal> costsPerKm) => costsPerKm.Sum();

    /// <summary>Monthly charge of a per-km rate, unrounded: rate × annual km / 12.</summary>
    public static decimal MonthlyCharge(decimal ratePerKm, int annualMileageKm) => ratePerKm * annualMileageKm / 12m;
}
