using Leasing.Offers.Domain.Pricing;
using Xunit;

namespace Leasing.Offers.Tests.Pricing;

public class AmortisationScheduleTests
{
    [Theory]
    [InlineData(PaymentTiming.Arrears, 0)]
    [InlineData(PaymentTiming.Advance, 0)]
    [InlineData(PaymentTiming.Arrears, 2_000)]
    [InlineData(PaymentTiming.Advance, 3_500)]
    public void Schedule_runs_from_the_capitalised_value_to_the_residual_value(PaymentTiming timing, int firstPayment)
    {
        var result = PricingEngine.Price(Seed.Request() with { PaymentTiming = timing, FirstPayment = firstPayment });
        var rows = result.Schedule.Rows;

        Assert.Equal(36, rows.Count);
        Assert.Equal(Enumerable.Range(1, 36), rows.Select(r => r.Month));
        Assert.Equal(24_800m - firstPayment, rows[0].OpeningBalance);
        Assert.Equal(12_800.00m, rows[^1].ClosingBalance);
        for (var i = 1; i < rows.Count; i++)
            Assert.Equal(rows[i - 1].ClosingBalance, rows[i].OpeningBalance);
    }

    [Fact]
    public void In_arrears_interest_runs_on_the_opening_balance()
    {
        var rows = PricingEngine.Price(Seed.Request()).Schedule.Rows;

        Assert.Equal(124.00m, rows[0].Interest); // 24 800 × 0.5 %
        Assert.Equal(429.06m, rows[0].Payment);
        Assert.All(rows, row =>
        {
            Assert.InRange(row.Interest - row.OpeningBalance * 0.005m, -0.01m, 0.01m);
            Assert.InRange(row.Interest + row.Principal - row.Payment, -0.01m, 0.01m);
            Assert.InRange(row.OpeningBalance - row.Principal - row.ClosingBalance, -0.01m, 0.01m);
        });
    }

    [Fact]
    public void In_advance_the_payment_comes_first_and_interest_runs_on_what_is_left()
    {
        var rows = PricingEngine.Price(Seed.Request() with { PaymentTiming = PaymentTiming.Advance }).Schedule.Rows;

        Assert.All(rows, row =>
        {
            Assert.InRange(row.Interest - (row.OpeningBalance - row.Payment) * 0.005m, -0.01m, 0.01m);
            Assert.InRange(row.Interest + row.Principal - row.Payment, -0.01m, 0.01m);
        });
    }

    [Fact]
    public void Interest_over_the_schedule_is_what_the_rents_pay_beyond_the_amount_financed()
    {
        var result = PricingEngine.Price(Seed.Request());

        // 36 rents repay 12 000 of capital; the rest is interest (to within the rounding of the rent).
        var expected = 36 * 429.06m - 12_000m;
        Assert.InRange(result.Schedule.TotalInterest, expected - 0.36m, expected + 0.36m);
    }
}
