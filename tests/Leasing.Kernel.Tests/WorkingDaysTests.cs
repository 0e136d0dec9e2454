using Leasing.Kernel.Time;
using Xunit;

namespace Leasing.Kernel.Tests;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2025, 4, 20)]
    [InlineData(2024, 3, 31)]
    public void Easter_falls_on_the_known_dates(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), WorkingDays.EasterSunday(year));

    [Theory]
    [InlineData("2026-11-11")] // Armistice
    [InlineData("2026-04-06")] // Easter Monday
    [InlineData("2026-05-14")] // Ascension
    [InlineData("2026-05-25")] // Whit Monday
    [InlineData("2026-12-25")]
    public void Public_holidays_are_not_working_days(string day) => Assert.False(WorkingDays.IsWorkingDay(DateOnly.Parse(day)));

    [Fact]
    public void Two_working_days_from_a_Monday_morning_end_on_Wednesday_at_the_same_hour()
    {
        // Monday 23 November 2026, 10:00 Paris (09:00 UTC).
        var due = WorkingDays.Add(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), 2);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void A_Friday_afternoon_plus_two_working_days_skips_the_weekend()
    {
        var due = WorkingDays.Add(new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero), 2);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 16, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void A_public_holiday_in_between_is_not_counted()
    {
        // Tuesday 10 November 2026, 15:00 Paris; Wednesday 11 is Armistice day: one working day later is Thursday 12.
        var due = WorkingDays.Add(new DateTimeOffset(2026, 11, 10, 14, 0, 0, TimeSpan.Zero), 1);
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 14, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void A_declaration_on_Saturday_counts_from_Monday_and_ends_when_Tuesday_ends()
    {
        var due = WorkingDays.Add(new DateTimeOffset(2026, 11, 28, 13, 0, 0, TimeSpan.Zero), 2);
        // Midnight starting Wednesday 2 December, Paris (23:00 UTC on Tuesday).
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Summer_time_keeps_the_Paris_hour()
    {
        // Friday 27 March 2026 10:00 Paris (UTC+1); clocks move on Sunday 29; Tuesday 31 10:00 Paris is 08:00 UTC.
        var due = WorkingDays.Add(new DateTimeOffset(2026, 3, 27, 9, 0, 0, TimeSpan.Zero), 2);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 8, 0, 0, TimeSpan.Zero), due);
    }
}
