using Leasing.Offers.Domain.Pricing;
using Xunit;

namespace Leasing.Offers.Tests.Pricing;

public class FinancingComparisonTests
{
    [Fact]
    public void Seed_car_as_lld_loa_and_loan_side_by_side()
    {
        var comparison = FinancingComparison.Of(Seed.Request());

        var leaseTotal = 36 * 429.06m;
        Assert.Equal(429.06m, comparison.Lld.MonthlyPayment);
        Assert.Equal(leaseTotal, comparison.Lld.TotalPayments);
        Assert.Null(comparison.Lld.TotalCostToOwn);
        Assert.Equal(429.06m, comparison.Loa.MonthlyPayment);
        Assert.Equal(12_800m, comparison.Loa.PurchaseOptionPrice);
        Assert.Equal(leaseTotal + 12_800m, comparison.Loa.TotalCostToOwn);

        var loanPayment = Seed.Round2(Seed.ReferenceRent(24_800, 0, 6, 36));
        Assert.Equal(loanPayment, comparison.Loan.MonthlyPayment);
        Assert.Equal(36 * loanPayment, comparison.Loan.TotalPayments);
        Assert.Equal(36 * loanPayment, comparison.Loan.TotalCostToOwn);
    }

    [Fact]
    public void Leasing_costs_more_than_the_loan_because_the_residual_value_stays_financed()
    {
        var comparison = FinancingComparison.Of(Seed.Request());
        var loan = comparison.Loan.TotalPayments;

        Assert.Equal((comparison.Loa.TotalCostToOwn!.Value - loan) / loan * 100m, comparison.LoaExtraCostPercent);
        Assert.InRange(comparison.LoaExtraCostPercent, 3m, 5m);
        Assert.Equal((comparison.Lld.TotalPayments - (loan - 12_800m)) / (loan - 12_800m) * 100m, comparison.LldExtraCostPercent);
        Assert.True(comparison.LldExtraCostPercent > 0m);
    }

    [Fact]
    public void At_zero_rate_all_three_cost_the_car_price()
    {
        var comparison = FinancingComparison.Of(Seed.Request() with { AnnualRatePercent = 0m, ResidualValue = 12_800m });

        Assert.InRange(comparison.Loa.TotalCostToOwn!.Value, 24_799.50m, 24_800.50m);
        Assert.InRange(comparison.Loan.TotalCostToOwn!.Value, 24_799.50m, 24_800.50m);
        Assert.InRange(comparison.LoaExtraCostPercent, -0.01m, 0.01m);
    }

    [Fact]
    public void The_loan_finances_the_price_less_the_same_first_payment()
    {
        var comparison = FinancingComparison.Of(Seed.Request() with { FirstPayment = 4_800m });

        Assert.Equal(Seed.Round2(Seed.ReferenceRent(20_000, 0, 6, 36)), comparison.Loan.MonthlyPayment);
        Assert.Equal(4_800m, comparison.Loan.FirstPayment);
        Assert.Equal(4_800m + 36 * comparison.Loan.MonthlyPayment, comparison.Loan.TotalPayments);
    }
}

public class LoaConsumerInformationTests
{
    [Fact]
    public void Seed_loa_information_for_an_individual()
    {
        var request = Seed.Request() with { FirstPayment = 2_000m };
        var result = PricingEngine.Price(request);

        var info = LoaConsumerInformation.From(request, result);

        Assert.Equal(24_800m, info.CashPrice);
        Assert.Equal(36, info.NumberOfRents);
        Assert.Equal(result.MonthlyTotal, info.RentAmount);
        Assert.Equal("monthly", info.Periodicity);
        Assert.Equal(2_000m, info.FirstPayment);
        Assert.Equal(12_800m, info.PurchaseOptionPrice);
        Assert.Equal(2_000m + 36 * result.MonthlyTotal, info.TotalCostWithoutOption);
        Assert.Equal(2_000m + 36 * result.MonthlyTotal + 12_800m, info.TotalCostWithOption);
    }

    [Fact]
    public void Information_is_given_including_vat_even_for_a_quote_built_ht()
    {
        var request = Seed.Request() with { CustomerType = CustomerType.Business };

        var info = LoaConsumerInformation.From(request, PricingEngine.Price(request));

        Assert.Equal(29_760m, info.CashPrice);          // 24 800 × 1.2
        Assert.Equal(15_360m, info.PurchaseOptionPrice); // 12 800 × 1.2
        Assert.Equal(562.87m, info.RentAmount);         // 514.87 + 48.00
    }

    [Fact]
    public void Lld_has_no_consumer_option_information()
    {
        var request = Seed.Request(LeaseProduct.Lld);

        Assert.Throws<ArgumentException>(() => LoaConsumerInformation.From(request, PricingEngine.Price(request)));
    }
}
