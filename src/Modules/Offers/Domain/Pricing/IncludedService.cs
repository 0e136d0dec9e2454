using Leasing.Kernel.Monetary;

namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// A service folded into the rent (maintenance, tyres, relay vehicle, insurance...).
/// <paramref name="Rate"/> is € per km for <see cref="ServiceBasis.PerKm"/>, € per month otherwise,
/// in the quote's VAT basis.
/// </summary>
public sealed record IncludedService(string Name, ServiceBasis Basis, decimal Rate)
{
    public static IncludedService PerKm(string name, decimal ratePerKm) => new(name, ServiceBasis.PerKm, ratePerKm);

    public static IncludedService PerMonth(string name, decimal amountPerMonth) => new(name, ServiceBasis.PerMonth, amountPerMonth);

    /// <summary>
    /// What the customer pays for the service each month, to the cent. A per-km service is spread
    /// evenly over the year's contractual mileage: rate × annual km / 12 (0.04 × 12 000 / 12 = 40 €).
    /// </summary>
    public decimal MonthlyCharge(int annualMileageKm) => Basis switch
    {
        ServiceBasis.PerKm => MoneyRounding.ToCent(CostPerKm.MonthlyCharge(Rate, annualMileageKm)),
        _ => MoneyRounding.ToCent(Rate),
    };
}
