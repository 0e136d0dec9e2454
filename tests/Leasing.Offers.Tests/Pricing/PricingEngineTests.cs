using Leasing.Offers.Domain.Pricing;
using Xunit;

namespace Leasing.Offers.Tests.Pricing;

public class PricingEngineTests
{
    [Fact]
    public void Seed_pave_financier_comes_out_to_the_cent()
    {
        var result = PricingEngine.Price(Seed.Request());

        // Figures printed in seed 002.
        Assert.Equal(429.06m, result.MonthlyRent);
        Assert.Equal(40.00m, result.MonthlyServiceCharge);
        Assert.Equal(469.06m, result.MonthlyTotal);
        Assert.Equal(12_000.00m, result.AmountFinanced);
        Assert.Equal(36, result.NumberOfPayments);
        Assert.Equal(36_000m, result.ContractMileageKm);
        Assert.Equal(0.06m, result.ExcessKmPrice);
    }

    [Fact]
    public void Seed_totals_are_first_payment_plus_n_monthly_totals_and_loa_adds_the_option()
    {
        var result = PricingEngine.Price(Seed.Request(LeaseProduct.Loa));

        Assert.Equal(36 * 469.06m, result.TotalCost);
        Assert.Equal(12_800.00m, result.PurchaseOptionPrice);
        Assert.Equal(36 * 469.06m + 12_800m, result.TotalCostIfOptionExercised);
    }

    [Fact]
    public void Lld_has_no_purchase_option()
    {
        var result = PricingEngine.Price(Seed.Request(LeaseProduct.Lld));

        Assert.Null(result.PurchaseOptionPrice);
        Assert.Null(result.TotalCostIfOptionExercised);
        Assert.Equal(429.06m, result.MonthlyRent);
    }

    [Theory]
    [InlineData(24_800, 0, 12_800, 36, 6.0)]
    [InlineData(31_500, 3_000, 9_000, 48, 4.9)]
    [InlineData(18_000, 0, 0, 60, 7.25)]
    [InlineData(55_000, 5_000, 30_000, 24, 2.1)]
    [InlineData(40_000, 0, 10_000, 84, 29.9)]
    public void Rent_matches_the_textbook_annuity(double price, double first, double residual, int months, double rate)
    {
        var request = Seed.Request() with
        {
            VehiclePrice = (decimal)price, FirstPayment = (decimal)first, ResidualValue = (decimal)residual,
            TermMonths = months, AnnualRatePercent = (decimal)rate,
        };

        var rent = PricingEngine.Price(request).MonthlyRent;

        var reference = Seed.ReferenceRent(price - first, residual, rate, months);
        Assert.InRange((double)rent, reference - 0.005001, reference + 0.005001);
    }

    [Theory]
    [InlineData(PaymentTiming.Arrears)]
    [InlineData(PaymentTiming.Advance)]
    public void Unrounded_rent_repays_the_capitalised_value_down_to_the_residual_value(PaymentTiming timing)
    {
        var request = Seed.Request() with { AnnualRatePercent = 5.37m, FirstPayment = 1_234.56m, PaymentTiming = timing };

        var rent = PricingEngine.FinancialRent(request);

        var left = Seed.BalanceAtTerm(24_800m - 1_234.56m, 5.37m, 36, rent, timing == PaymentTiming.Advance);
        Assert.InRange(left, 12_800m - 0.000001m, 12_800m + 0.000001m);
    }

    [Fact]
    public void First_payment_adds_a_payment_and_lowers_the_rent()
    {
        var without = PricingEngine.Price(Seed.Request());
        var with = PricingEngine.Price(Seed.Request() with { FirstPayment = 2_000m });

        Assert.Equal(37, with.NumberOfPayments);
        Assert.True(with.MonthlyRent < without.MonthlyRent);
        Assert.Equal(Seed.Round2(Seed.ReferenceRent(22_800, 12_800, 6, 36)), with.MonthlyRent);
        Assert.Equal(10_000.00m, with.AmountFinanced);
        Assert.Equal(2_000m + 36 * with.MonthlyTotal, with.TotalCost);
    }

    [Fact]
    public void Rent_in_advance_is_the_arrears_rent_discounted_one_month()
    {
        var arrears = Seed.Request();
        var advance = arrears with { PaymentTiming = PaymentTiming.Advance };

        var arrearsRent = PricingEngine.FinancialRent(arrears);
        var advanceRent = PricingEngine.FinancialRent(advance);

        Assert.Equal(arrearsRent / 1.005m, advanceRent, 20);
        Assert.True(advanceRent < arrearsRent);
        Assert.Equal(Seed.Round2(Seed.ReferenceRent(24_800, 12_800, 6, 36, advance: true)), PricingEngine.Price(advance).MonthlyRent);
    }

    [Fact]
    public void Zero_rate_spreads_the_amount_financed_evenly()
    {
        var result = PricingEngine.Price(Seed.Request() with { AnnualRatePercent = 0m });

        Assert.Equal(333.33m, result.MonthlyRent); // 12 000 / 36
        Assert.All(result.Schedule.Rows, row => Assert.Equal(0m, row.Interest));
        Assert.Equal(12_800m, result.Schedule.Rows[^1].ClosingBalance);
    }

    [Fact]
    public void Lessor_margin_multiplies_the_financial_rent_but_not_the_services()
    {
        var dealer = PricingEngine.Price(Seed.Request());
        var lessor = PricingEngine.Price(Seed.Request() with { LessorMarginCoefficient = 1.08m });

        var expected = Math.Round(PricingEngine.FinancialRent(Seed.Request()) * 1.08m, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, lessor.MonthlyRent);
        Assert.InRange(lessor.MonthlyRent, 429.06m * 1.08m - 0.01m, 429.06m * 1.08m + 0.01m);
        Assert.Equal(dealer.MonthlyServiceCharge, lessor.MonthlyServiceCharge);
        Assert.Equal(lessor.MonthlyRent + 40m, lessor.MonthlyTotal);
    }

    [Fact]
    public void Each_service_is_charged_per_km_or_per_month_and_summed()
    {
        var request = Seed.Request() with
        {
            AnnualMileageKm = 15_000,
            Services =
            [
                IncludedService.PerKm("Maintenance", 0.03m),
                IncludedService.PerKm("Tyres", CostPerKm.OfWearItem(1_000m, 30_000m, 70_000m)),
                IncludedService.PerMonth("Relay vehicle", 9.90m),
            ],
        };

        var result = PricingEngine.Price(request);

        Assert.Equal(new[] { 37.50m, 25.00m, 9.90m }, result.Services.Select(s => s.MonthlyCharge));
        Assert.Equal(72.40m, result.MonthlyServiceCharge);
        Assert.Equal(result.MonthlyRent + 72.40m, result.MonthlyTotal);
    }

    [Fact]
    public void Capitalised_value_is_catalogue_plus_options_plus_fees_minus_discount()
    {
        var value = new CapitalisedValue(CataloguePrice: 24_000m, Options: 1_200m, RegistrationAndDeliveryFees: 850m, DealerDiscount: 1_250m);

        Assert.Equal(24_800m, value.Total);
        Assert.Equal(429.06m, PricingEngine.Price(Seed.Request() with { VehiclePrice = value.Total }).MonthlyRent);
    }

    [Fact]
    public void An_invalid_request_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PricingEngine.Price(Seed.Request() with { TermMonths = 6 }));
    }
}
