using Leasing.Offers.Domain.Pricing;
using Xunit;

namespace Leasing.Offers.Tests.Pricing;

public class ImpliedRateTests
{
    [Fact]
    public void Seed_readers_question_429_06_is_six_percent()
    {
        var result = PricingSolver.ImpliedAnnualRatePercent(new ImpliedRateRequest(24_800m, 0m, 12_800m, 36, 429.06m));

        Assert.True(result.Succeeded);
        Assert.InRange(result.Value!.Value, 5.999m, 6.001m);
        // The quoted rent is rounded to the cent, so the rate found prices back to that same rent.
        Assert.Equal(429.06m, PricingEngine.Price(Seed.Request() with { AnnualRatePercent = result.Value.Value }).MonthlyRent);
    }

    [Theory]
    [InlineData(0.25, PaymentTiming.Arrears)]
    [InlineData(2.9, PaymentTiming.Arrears)]
    [InlineData(6, PaymentTiming.Arrears)]
    [InlineData(11.35, PaymentTiming.Arrears)]
    [InlineData(29.9, PaymentTiming.Arrears)]
    [InlineData(0.25, PaymentTiming.Advance)]
    [InlineData(6, PaymentTiming.Advance)]
    [InlineData(17.5, PaymentTiming.Advance)]
    [InlineData(29.9, PaymentTiming.Advance)]
    public void Price_then_implied_rate_gives_the_rate_back(double ratePercent, PaymentTiming timing)
    {
        var rate = (decimal)ratePercent;
        var request = Seed.Request() with { AnnualRatePercent = rate, FirstPayment = 1_500m, PaymentTiming = timing, TermMonths = 48 };
        var rent = PricingEngine.FinancialRent(request);

        var result = PricingSolver.ImpliedAnnualRatePercent(new ImpliedRateRequest(24_800m, 1_500m, 12_800m, 48, rent, timing));

        Assert.True(result.Succeeded, result.Error);
        Assert.InRange(result.Value!.Value, rate - 0.000001m, rate + 0.000001m);
    }

    [Fact]
    public void A_rounded_zero_rate_rent_is_zero_percent()
    {
        var result = PricingSolver.ImpliedAnnualRatePercent(new ImpliedRateRequest(24_800m, 0m, 12_800m, 36, 333.33m));

        Assert.True(result.Succeeded);
        Assert.InRange(result.Value!.Value, 0m, 0.001m);
    }

    [Fact]
    public void A_rent_below_the_zero_rate_rent_has_no_rate()
    {
        var result = PricingSolver.ImpliedAnnualRatePercent(new ImpliedRateRequest(24_800m, 0m, 12_800m, 36, 300m));

        Assert.False(result.Succeeded);
        Assert.Equal("monthlyRent", result.Field);
        Assert.Contains("monthlyRent", result.ToFieldErrors().ToDictionary().Keys);
    }

    [Fact]
    public void A_rent_above_the_rent_at_100_percent_has_no_rate()
    {
        var result = PricingSolver.ImpliedAnnualRatePercent(new ImpliedRateRequest(24_800m, 0m, 12_800m, 36, 5_000m));

        Assert.False(result.Succeeded);
        Assert.Equal("monthlyRent", result.Field);
    }

    [Fact]
    public void Bad_inputs_name_their_field()
    {
        var result = PricingSolver.ImpliedAnnualRatePercent(new ImpliedRateRequest(24_800m, 0m, 30_000m, 36, 429.06m));

        Assert.False(result.Succeeded);
        Assert.Equal("residualValue", result.Field);
    }
}

public class InverseSolverTests
{
    [Theory]
    [InlineData(PaymentTiming.Arrears, 1.0)]
    [InlineData(PaymentTiming.Advance, 1.0)]
    [InlineData(PaymentTiming.Arrears, 1.12)]
    public void First_payment_for_a_target_rent_round_trips(PaymentTiming timing, double coefficient)
    {
        var request = Seed.Request() with { PaymentTiming = timing, LessorMarginCoefficient = (decimal)coefficient };

        var result = PricingSolver.FirstPaymentFor(request, 380.00m);

        Assert.True(result.Succeeded, result.Error);
        Assert.True(result.Value > 0m);
        var priced = PricingEngine.Price(request with { FirstPayment = result.Value!.Value });
        Assert.Equal(380.00m, priced.MonthlyRent);
        Assert.Equal(37, priced.NumberOfPayments);
    }

    [Fact]
    public void No_first_payment_can_raise_the_rent()
    {
        var result = PricingSolver.FirstPaymentFor(Seed.Request(), 500m);

        Assert.False(result.Succeeded);
        Assert.Equal("monthlyRent", result.Field);
    }

    [Theory]
    [InlineData(PaymentTiming.Arrears, 0)]
    [InlineData(PaymentTiming.Advance, 2_000)]
    public void Residual_value_for_a_target_rent_round_trips(PaymentTiming timing, int firstPayment)
    {
        var request = Seed.Request() with { PaymentTiming = timing, FirstPayment = firstPayment };

        var result = PricingSolver.ResidualValueFor(request, 455.55m);

        Assert.True(result.Succeeded, result.Error);
        var priced = PricingEngine.Price(request with { ResidualValue = result.Value!.Value });
        Assert.Equal(455.55m, priced.MonthlyRent);
        Assert.Equal(result.Value, priced.PurchaseOptionPrice);
    }

    [Fact]
    public void Residual_value_cannot_bring_the_rent_below_the_interest()
    {
        // With RV = PV the rent is only interest (124 € at 0.5 % a month); lower needs RV above PV.
        var tooLow = PricingSolver.ResidualValueFor(Seed.Request(), 100m);
        var tooHigh = PricingSolver.ResidualValueFor(Seed.Request(), 2_000m);

        Assert.Equal("monthlyRent", tooLow.Field);
        Assert.Equal("monthlyRent", tooHigh.Field);
    }

    [Theory]
    [InlineData(PaymentTiming.Arrears, 0, 1.0)]
    [InlineData(PaymentTiming.Advance, 3_000, 1.05)]
    public void Max_vehicle_price_for_a_budget_round_trips(PaymentTiming timing, int firstPayment, double coefficient)
    {
        var request = Seed.Request() with
        {
            PaymentTiming = timing, FirstPayment = firstPayment, LessorMarginCoefficient = (decimal)coefficient,
        };

        var result = PricingSolver.MaxVehiclePriceFor(request, 550.00m);

        Assert.True(result.Succeeded, result.Error);
        var price = result.Value!.Value;
        Assert.Equal(550.00m, PricingEngine.Price(request with { VehiclePrice = price }).MonthlyTotal);
        Assert.True(PricingEngine.Price(request with { VehiclePrice = price + 1m }).MonthlyTotal > 550.00m);
    }

    [Fact]
    public void Seed_budget_of_469_06_buys_the_seed_car()
    {
        var result = PricingSolver.MaxVehiclePriceFor(Seed.Request(), 469.06m);

        Assert.InRange(result.Value!.Value, 24_799.80m, 24_800.20m);
    }

    [Fact]
    public void A_budget_the_services_eat_is_refused()
    {
        var result = PricingSolver.MaxVehiclePriceFor(Seed.Request(), 35m);

        Assert.False(result.Succeeded);
        Assert.Equal("monthlyBudget", result.Field);
    }
}
