using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Termination;

namespace Leasing.Contracts.Tests;

public class SettlementCalculatorTests
{
    private static readonly DateOnly Ends = new(2029, 11, 30);

    /// <summary>The worked example of the integration test, at the calculator: see TerminationTests for the explanation.</summary>
    [Fact]
    public void The_D312_18_indemnity_is_residual_value_plus_compound_discounted_future_rents_less_the_net_sale_value()
    {
        var rate = ReferenceRates.Default.D31218RateFor(new DateOnly(2026, 11, 23));
        Assert.Equal(4.5m, rate); // TMO 2026-S1 3 % × 1,5

        var quote = SettlementCalculator.Quote(new SettlementInput(Seed.Terms(), Seed.Figures(), Ends, new DateOnly(2028, 6, 15), 12_000m, rate, 300m, 0m, 0m));

        Assert.Equal(SettlementMethod.ConsumerCreditD31218, quote.Method);
        Assert.Equal(17, quote.RentsNotYetDue);
        Assert.Equal(5_881.92m, quote.DiscountedRentsExcludingVat);
        Assert.Equal(10_666.67m, quote.ResidualValueCountedExcludingVat);
        Assert.Equal(0m, quote.FeesExcludingVat);
        Assert.Equal(4_548.59m, quote.IndemnityExcludingVat);
        Assert.Contains("4548.59", quote.Explanation.Replace(",", "."));
    }

    [Fact]
    public void A_contractual_settlement_discounts_at_the_contracts_rate_and_adds_the_fee()
    {
        var terms = Seed.Terms(Product.Lld, CustomerType.Business);
        var quote = SettlementCalculator.Quote(new SettlementInput(terms, Seed.Figures(VatBasis.ExcludingVat), Ends, new DateOnly(2028, 6, 15), 14_000m, null,
            300m, 0m, 0m));

        Assert.Equal(SettlementMethod.Contractual, quote.Method);
        Assert.Equal((6_975.93m, 11_759.45m, 300m), (quote.DiscountedRentsExcludingVat, quote.ResidualValueCountedExcludingVat, quote.FeesExcludingVat));
        Assert.Equal(5_035.38m, quote.IndemnityExcludingVat);
    }

    [Fact]
    public void A_vehicle_worth_more_than_what_is_owed_leaves_no_indemnity_and_the_last_month_terminates_with_no_rent_left()
    {
        var terms = Seed.Terms(Product.Lld, CustomerType.Business);
        Assert.Equal(0m, SettlementCalculator.Quote(new SettlementInput(terms, Seed.Figures(VatBasis.ExcludingVat), Ends, new DateOnly(2028, 6, 15), 30_000m,
            null, 300m, 0m, 0m)).IndemnityExcludingVat);
        var last = SettlementCalculator.Quote(new SettlementInput(terms, Seed.Figures(VatBasis.ExcludingVat), Ends, new DateOnly(2029, 11, 10), 0m, null, 0m, 0m, 0m));
        Assert.Equal(0, last.RentsNotYetDue);
    }

    [Fact]
    public void A_consumer_LOA_without_its_reference_rate_cannot_be_settled()
    {
        Assert.Null(new ReferenceRates([]).D31218RateFor(new DateOnly(2026, 11, 23)));
        Assert.Equal("2025-S2", ReferenceRates.SemesterBefore(new DateOnly(2026, 3, 1)));
        Assert.Throws<InvalidOperationException>(() => SettlementCalculator.Quote(
            new SettlementInput(Seed.Terms(), Seed.Figures(), Ends, new DateOnly(2028, 6, 15), 0m, null, 0m, 0m, 0m)));
    }
}
