using Leasing.Offers.Domain.Pricing;
using Leasing.Offers.IntegrationEvents;
using Xunit;

namespace Leasing.Offers.Tests.Pricing;

public class ContractRepricingTests
{
    [Theory]
    [InlineData(PaymentTiming.Arrears, 0)]
    [InlineData(PaymentTiming.Arrears, 12)]
    [InlineData(PaymentTiming.Advance, 20)]
    public void With_nothing_changed_the_rent_is_the_rent_of_the_contract(PaymentTiming timing, int monthsPaid)
    {
        var request = Seed.Request() with { PaymentTiming = timing };
        var original = PricingEngine.Price(request);

        var amended = ContractRepricing.Reprice(request, monthsPaid, 36, 12_000);

        Assert.Equal(original.IncludingVat.MonthlyRent, amended.IncludingVat.MonthlyRent);
        Assert.Equal(40.00m, amended.IncludingVat.MonthlyServiceCharge);
        Assert.Equal(36 - monthsPaid, amended.RemainingMonths);
    }

    [Fact]
    public void The_balance_after_k_rents_is_the_schedules_closing_balance_of_month_k()
    {
        var request = Seed.Request();
        var rows = PricingEngine.Price(request).Schedule.Rows;

        var balance = AmortisationSchedule.OutstandingBalance(request.CapitalisedValueAfterFirstPayment, request.MonthlyRate,
            request.PaymentTiming, PricingEngine.FinancialRent(request), 12);

        Assert.Equal(rows[11].ClosingBalance, Math.Round(balance, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(24_800m, AmortisationSchedule.OutstandingBalance(24_800m, 0.005m, PaymentTiming.Arrears, 429m, 0));
    }

    [Fact]
    public void More_kilometres_a_year_raise_the_per_km_services_only_and_a_longer_term_lowers_the_rent()
    {
        var request = Seed.Request();

        var moreKm = ContractRepricing.Reprice(request, 12, 36, 18_000);
        Assert.Equal(429.06m, moreKm.IncludingVat.MonthlyRent); // residual value unchanged: the financing is the same
        Assert.Equal(60.00m, moreKm.IncludingVat.MonthlyServiceCharge); // 0.04 € × 18 000 / 12
        Assert.Equal(54_000m, moreKm.ContractMileageKm);

        var longer = ContractRepricing.Reprice(request, 12, 48, 12_000);
        Assert.Equal(36, longer.RemainingMonths);
        // The balance after 12 rents repaid to the same 12 800 € over 36 months instead of 24: a lower rent that still
        // runs the balance down to exactly the residual value.
        Assert.True(longer.IncludingVat.MonthlyRent < 429.06m);
        var balance = longer.OutstandingBalance;
        var atTerm = Seed.BalanceAtTerm(balance, 6m, 36, longer.IncludingVat.MonthlyRent, advance: false);
        Assert.InRange(atTerm, 12_800m - 40m, 12_800m + 40m); // the rent is rounded to the cent: 36 months of drift at most
    }

    [Fact]
    public void An_amendment_that_leaves_no_month_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractRepricing.Reprice(Seed.Request(), 36, 36, 12_000));
    }

    [Fact]
    public void The_facade_prices_with_the_engine_in_both_bases()
    {
        var terms = new ContractPricingTerms("LOA", "Individual", 24_800m, 0m, 36, 12_000, 12_800m, 6m, 1m, "Arrears", 0.04m, 0m, 0.06m);

        var price = ContractPricing.Price(terms);

        Assert.Equal("IncludingVat", price.QuotedBasis);
        Assert.Equal(429.06m, price.MonthlyRentIncludingVat);
        Assert.Equal(469.06m, price.MonthlyTotalIncludingVat);
        Assert.Equal(357.55m, price.MonthlyRentExcludingVat);
        Assert.Equal(12_800m, price.PurchaseOptionPriceIncludingVat);
        Assert.Equal(12_000m, price.AmountFinanced);
        Assert.Empty(ContractPricing.Validate(terms));
        Assert.Contains("product", ContractPricing.Validate(terms with { Product = "Rent" }).Keys);
        Assert.Contains("termMonths", ContractPricing.Validate(terms with { TermMonths = 6 }).Keys);
    }
}
