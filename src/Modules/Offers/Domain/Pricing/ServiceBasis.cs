namespace Leasing.Offers.Domain.Pricing;

/// <summary>How an included service is priced: a cost per km driven (PRK) or a flat amount per month.</summary>
public enum ServiceBasis
{
    PerKm,
    PerMonth,
}
