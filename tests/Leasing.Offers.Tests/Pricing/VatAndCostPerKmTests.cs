using Leasing.Offers.Domain.Pricing;
using Xunit;

namespace Leasing.Offers.Tests.Pricing;

public class VatTests
{
    [Fact]
    public void Individual_prices_are_ttc_and_the_ht_view_divides_by_1_2()
    {
        var result = PricingEngine.Price(Seed.Request());

        Assert.Equal(VatBasis.IncludingVat, result.QuotedBasis);
        Assert.Equal(429.06m, result.IncludingVat.MonthlyRent);
        Assert.Equal(469.06m, result.IncludingVat.MonthlyTotal);
        Assert.Equal(357.55m, result.ExcludingVat.MonthlyRent);   // 429.06 / 1.2 = 357.55
        Assert.Equal(33.33m, result.ExcludingVat.MonthlyServiceCharge); // 40 / 1.2 = 33.333
        Assert.Equal(20_666.67m, result.ExcludingVat.VehiclePrice); // 24 800 / 1.2
        Assert.Equal(10_666.67m, result.ExcludingVat.PurchaseOptionPrice); // 12 800 / 1.2
        Assert.Equal(0.05m, result.ExcludingVat.ExcessKmPrice);
    }

    [Fact]
    public void Business_prices_are_ht_and_the_ttc_view_multiplies_by_1_2()
    {
        var result = PricingEngine.Price(Seed.Request() with { CustomerType = CustomerType.Business });

        Assert.Equal(VatBasis.ExcludingVat, result.QuotedBasis);
        Assert.Equal(429.06m, result.MonthlyRent);
        Assert.Equal(result.MonthlyRent, result.ExcludingVat.MonthlyRent);
        Assert.Equal(514.87m, result.IncludingVat.MonthlyRent);  // 429.06 × 1.2 = 514.872
        Assert.Equal(48.00m, result.IncludingVat.MonthlyServiceCharge);
        Assert.Equal(562.87m, result.IncludingVat.MonthlyTotal);
        Assert.Equal(29_760m, result.IncludingVat.VehiclePrice);
    }

    [Theory]
    [InlineData(CustomerType.Individual)]
    [InlineData(CustomerType.Business)]
    public void Each_view_adds_up_in_its_own_basis(CustomerType customerType)
    {
        var result = PricingEngine.Price(Seed.Request() with { CustomerType = customerType, FirstPayment = 1_999.99m });

        foreach (var view in new[] { result.ExcludingVat, result.IncludingVat })
        {
            Assert.Equal(view.MonthlyRent + view.MonthlyServiceCharge, view.MonthlyTotal);
            Assert.Equal(view.FirstPayment + 36 * view.MonthlyTotal, view.TotalCost);
            Assert.Equal(view.TotalCost + view.PurchaseOptionPrice, view.TotalCostIfOptionExercised);
        }
        Assert.True(result.IncludingVat.MonthlyTotal > result.ExcludingVat.MonthlyTotal);
    }

    [Fact]
    public void Conversion_rounds_half_away_from_zero()
    {
        Assert.Equal(0.05m, Vat.IncludingVat(0.0375m));  // 0.045: away from zero, where banker's rounding gives 0.04
        Assert.Equal(1.00m, Vat.ExcludingVat(1.20m));
        Assert.Equal(120.00m, Vat.Convert(100m, VatBasis.ExcludingVat, VatBasis.IncludingVat));
        Assert.Equal(100m, Vat.Convert(100m, VatBasis.IncludingVat, VatBasis.IncludingVat));
    }
}

public class CostPerKmTests
{
    [Fact]
    public void Seed_tyres_cost_two_cents_a_km()
    {
        // 1 000 € a set; fronts 30 000 km, rears 70 000 km → 50 000 km on average.
        Assert.Equal(0.02m, CostPerKm.OfWearItem(1_000m, 30_000m, 70_000m));
    }

    [Fact]
    public void Seed_km_charge_is_forty_euros_a_month()
    {
        Assert.Equal(40m, CostPerKm.MonthlyCharge(0.04m, 12_000));
        Assert.Equal(40.00m, IncludedService.PerKm("km", 0.04m).MonthlyCharge(12_000));
    }

    [Fact]
    public void Wear_items_add_up_and_the_monthly_charge_rounds_half_away_from_zero()
    {
        var tyres = CostPerKm.OfWearItem(1_000m, 30_000m, 70_000m);
        var brakes = CostPerKm.OfWearItem(300m, 60_000m);
        var rate = CostPerKm.Total([tyres, brakes]);

        Assert.Equal(0.025m, rate);
        // 0.025 × 15 000 / 12 = 31.25 exactly; 0.0125 × 15 000 / 12 = 15.625 → 15.63 (banker's would say 15.62).
        Assert.Equal(31.25m, IncludedService.PerKm("wear", rate).MonthlyCharge(15_000));
        Assert.Equal(15.63m, IncludedService.PerKm("half", 0.0125m).MonthlyCharge(15_000));
    }

    [Fact]
    public void A_wear_item_needs_a_positive_life()
    {
        Assert.Throws<ArgumentException>(() => CostPerKm.OfWearItem(1_000m));
        Assert.Throws<ArgumentException>(() => CostPerKm.OfWearItem(1_000m, 0m));
    }
}

public class DecimalMathTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(36)]
    [InlineData(84)]
    public void Power_equals_repeated_multiplication(int exponent)
    {
        var expected = 1m;
        for (var i = 0; i < exponent; i++)
            expected *= 1.005m;

        Assert.Equal(expected, DecimalMath.Pow(1.005m, exponent), 22);
    }

    [Fact]
    public void Negative_power_is_the_inverse()
    {
        Assert.Equal(0.125m, DecimalMath.Pow(2m, -3));
        Assert.Equal(1024m, DecimalMath.Pow(2m, 10));
    }
}
