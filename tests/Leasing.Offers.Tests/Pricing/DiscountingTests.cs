using Leasing.Offers.Domain.Pricing;
using Xunit;

namespace Leasing.Offers.Tests.Pricing;

public class DiscountingTests
{
    [Fact]
    public void The_actuarial_monthly_rate_compounds_back_to_the_annual_rate()
    {
        var monthly = Discounting.MonthlyRate(4.5m, DiscountConvention.Actuarial);

        Assert.Equal(1.045m, Math.Round(DecimalMath.Pow(1m + monthly, 12), 20));
        Assert.Equal(0.0036748094m, Math.Round(monthly, 10)); // 1.045^(1/12) − 1
        Assert.Equal(0.005m, Discounting.MonthlyRate(6m, DiscountConvention.Proportional));
    }

    [Fact]
    public void Rents_discounted_at_the_contract_rate_plus_the_discounted_residual_value_are_the_balance_still_owed()
    {
        // The schedule's balance after 12 rents is by definition the value today of the 24 rents left and the residual
        // value, at the rate the rents were priced with.
        var request = Seed.Request();
        var rent = PricingEngine.FinancialRent(request);
        var balance = AmortisationSchedule.OutstandingBalance(24_800m, 0.005m, PaymentTiming.Arrears, rent, 12);

        var value = Discounting.PresentValueOfRents(rent, 0.005m, 24, 1) + Discounting.PresentValue(12_800m, 0.005m, 24);

        Assert.Equal(Math.Round(balance, 8), Math.Round(value, 8));
    }

    [Fact]
    public void A_rent_due_now_is_not_discounted_and_each_later_one_is_discounted_once_more()
    {
        Assert.Equal(300m, Discounting.PresentValueOfRents(100m, 0m, 3, 0));
        var value = Discounting.PresentValueOfRents(100m, 0.01m, 2, 0);
        Assert.Equal(Math.Round(100m + 100m / 1.01m, 20), Math.Round(value, 20));
        Assert.Equal(Math.Round(100m / 1.01m / 1.01m, 20), Math.Round(Discounting.PresentValue(100m, 0.01m, 2), 20));
    }

    [Fact]
    public void The_decimal_root_is_exact_where_double_is_not()
    {
        Assert.Equal(2m, DecimalMath.Root(4096m, 12));
        Assert.Equal(1.1m, Math.Round(DecimalMath.Root(DecimalMath.Pow(1.1m, 12), 12), 24));
    }
}
