using Leasing.Offers.Domain.Pricing;

namespace Leasing.Bench;

/// <summary>
/// A fixed, reproducible grid of quotes spanning what dealers actually price: terms 24–60 months,
/// 10 000–40 000 km a year, vehicle prices 15 000–60 000 €, residual value 30–55 % of the price,
/// rates 2–8 %, LLD/LOA, Individual/Business, arrears/advance. The discrete axes (product, customer,
/// timing) are cycled so every combination is equally present; the continuous ones come from a
/// seeded generator so two runs price exactly the same quotes.
/// </summary>
public static class QuoteGrid
{
    public const int Size = 10_000;

    private static readonly int[] Terms = [24, 30, 36, 42, 48, 54, 60];

    public static PricingRequest[] Build(int size = Size, int seed = 20_26)
    {
        var random = new Random(seed);
        var quotes = new PricingRequest[size];
        for (var i = 0; i < size; i++)
        {
            var price = Math.Round(15_000m + (decimal)random.NextDouble() * 45_000m, 2);
            var residualShare = 0.30m + (decimal)random.NextDouble() * 0.25m;
            var firstPayment = i % 5 == 0 ? Math.Round(price * 0.10m, 2) : 0m;
            var mileage = 10_000 + random.Next(0, 31) * 1_000;
            quotes[i] = new PricingRequest
            {
                Product = (i & 1) == 0 ? LeaseProduct.Lld : LeaseProduct.Loa,
                CustomerType = (i & 2) == 0 ? CustomerType.Individual : CustomerType.Business,
                PaymentTiming = (i & 4) == 0 ? PaymentTiming.Arrears : PaymentTiming.Advance,
                VehiclePrice = price,
                FirstPayment = firstPayment,
                ResidualValue = Math.Round(price * residualShare, 2),
                TermMonths = Terms[random.Next(Terms.Length)],
                AnnualMileageKm = mileage,
                AnnualRatePercent = Math.Round(2m + (decimal)random.NextDouble() * 6m, 2),
                ExcessKmPrice = 0.06m,
                // Half the grid carries a per-km maintenance service, as the simulation form does.
                Services = (i & 8) == 0 ? [IncludedService.PerKm("Maintenance", 0.04m)] : [],
            };
        }
        return quotes;
    }
}
