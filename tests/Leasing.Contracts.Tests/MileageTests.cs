using Leasing.Contracts.Domain.Mileage;

namespace Leasing.Contracts.Tests;

public class OdometerRulesTests
{
    private static readonly DateOnly Today = new(2027, 1, 10);

    [Fact]
    public void A_reading_lower_than_the_last_is_refused_on_the_odometer()
    {
        var refusal = OdometerRules.Check(Today, 1_200, Today, new DateOnly(2027, 1, 5), 1_500);
        Assert.Equal("odometerKm", refusal!.Value.Field);
        Assert.Contains("never goes back", refusal.Value.Reason);
    }

    [Theory]
    [InlineData(5, 7_400, false)] // 5 900 km in 5 days: 1 180 a day, plausible for a long-distance driver
    [InlineData(5, 9_100, true)] // 7 600 km in 5 days: 1 520 a day
    [InlineData(0, 3_100, true)] // the same day counts as one day
    public void A_reading_implying_more_than_1500_km_a_day_since_the_last_is_implausible(int days, int km, bool refused)
    {
        var refusal = OdometerRules.Check(Today, km, Today, Today.AddDays(-days), 1_500);
        Assert.Equal(refused, refusal is not null);
    }

    [Fact]
    public void A_reading_in_the_future_or_before_the_last_one_is_refused_on_its_date()
    {
        Assert.Equal("readOn", OdometerRules.Check(Today.AddDays(1), 1_600, Today, Today, 1_500)!.Value.Field);
        Assert.Equal("readOn", OdometerRules.Check(Today.AddDays(-3), 1_600, Today, Today.AddDays(-1), 1_500)!.Value.Field);
        Assert.Null(OdometerRules.Check(Today, 1_500, Today, Today.AddDays(-1), 1_500)); // an unmoved car
    }
}

public class MileageForecastTests
{
    private static readonly DateOnly Delivered = new(2026, 12, 10);
    private static readonly DateOnly Ends = new(2029, 12, 9); // 1 096 days

    [Fact]
    public void The_end_of_term_mileage_is_projected_at_the_pace_driven_so_far_against_the_allowance()
    {
        var forecast = MileageForecast.Project(Delivered, Ends, 12, 36_000, new DateOnly(2027, 4, 9), 5_012)!;

        Assert.Equal((5_000, 120, 45_667, 26.85m), (forecast.DrivenKm, forecast.ElapsedDays, forecast.ProjectedKm, forecast.DeviationPercent));
        Assert.True(forecast.Deviates);
        Assert.Equal(16_000, forecast.ProposedAnnualMileageKm(36)); // 45 667 km over 3 years: 15 222 a year, up to the next thousand
    }

    [Theory]
    [InlineData(3_960, false)] // 3 948 km in 120 days: 36 058 km, +0,16 %
    [InlineData(4_600, true)] // 41 829 km: +16,19 %
    [InlineData(3_300, true)] // 30 030 km: −16,58 %
    public void Only_a_deviation_of_more_than_15_percent_either_way_alerts(int odometer, bool alerts)
    {
        Assert.Equal(alerts, MileageForecast.Project(Delivered, Ends, 12, 36_000, new DateOnly(2027, 4, 9), odometer)!.Deviates);
    }

    [Fact]
    public void Nothing_is_projected_before_two_months_of_driving()
    {
        Assert.Null(MileageForecast.Project(Delivered, Ends, 12, 36_000, Delivered.AddDays(59), 4_000));
        Assert.NotNull(MileageForecast.Project(Delivered, Ends, 12, 36_000, Delivered.AddDays(60), 4_000));
    }
}
