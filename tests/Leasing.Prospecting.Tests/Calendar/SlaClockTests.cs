using Leasing.Prospecting.Domain.Calendar;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;

namespace Leasing.Prospecting.Tests.Calendar;

public class SlaClockTests
{
    private static readonly TimeSpan TwentyMinutes = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan FourHours = TimeSpan.FromHours(4);

    [Fact]
    public void Friday_evening_lead_is_due_on_Saturday_morning()
    {
        // 18:55 → 19:00 uses 5 minutes; the other 15 run from Saturday's 9:00 opening.
        Assert.Equal(Winter(2026, 3, 14, 9, 15), SlaClock.DueAt(Winter(2026, 3, 13, 18, 55), TwentyMinutes, Dealership()));
    }

    [Fact]
    public void Saturday_evening_lead_skips_the_closed_Sunday()
    {
        Assert.Equal(Winter(2026, 3, 16, 9, 15), SlaClock.DueAt(Winter(2026, 3, 14, 18, 55), TwentyMinutes, Dealership()));
    }

    [Theory]
    [InlineData(10, 0, 10, 20)]   // during opening hours: plain 20 minutes
    [InlineData(11, 50, 14, 10)]  // 10 minutes before lunch, 10 after
    [InlineData(12, 30, 14, 20)]  // during lunch: counts from 14:00
    [InlineData(7, 30, 9, 20)]    // before opening: counts from 9:00
    [InlineData(18, 40, 19, 0)]   // ends exactly at closing time
    public void Twenty_open_minutes_on_a_Monday(int hour, int minute, int dueHour, int dueMinute) =>
        Assert.Equal(Winter(2026, 3, 16, dueHour, dueMinute), SlaClock.DueAt(Winter(2026, 3, 16, hour, minute), TwentyMinutes, Dealership()));

    [Fact]
    public void Lead_captured_at_closing_time_starts_counting_next_morning()
    {
        Assert.Equal(Winter(2026, 3, 17, 9, 20), SlaClock.DueAt(Winter(2026, 3, 16, 19, 0), TwentyMinutes, Dealership()));
    }

    [Theory]
    [InlineData(16, 10, 0, 16, 16, 0)]  // Monday 10:00: 2 h before lunch, 2 h after
    [InlineData(13, 17, 0, 14, 11, 0)]  // Friday 17:00: 2 h on Friday, 2 h on Saturday
    [InlineData(14, 17, 0, 16, 11, 0)]  // Saturday 17:00: 2 h on Saturday, Sunday closed, 2 h on Monday
    public void Four_open_hours_to_qualify(int day, int hour, int minute, int dueDay, int dueHour, int dueMinute) =>
        Assert.Equal(Winter(2026, 3, dueDay, dueHour, dueMinute), SlaClock.DueAt(Winter(2026, 3, day, hour, minute), FourHours, Dealership()));

    [Fact]
    public void Closed_dates_such_as_public_holidays_are_skipped()
    {
        // Ascension Thursday, 14 May 2026: Wednesday 18:50 + 20 min → 10 min on Wednesday, 10 on Friday.
        var ascension = new DateOnly(2026, 5, 14);
        var hours = Dealership(ascension);

        Assert.Equal(Summer(2026, 5, 15, 9, 10), SlaClock.DueAt(Summer(2026, 5, 13, 18, 50), TwentyMinutes, hours));
        Assert.Equal(Summer(2026, 5, 14, 9, 10), SlaClock.DueAt(Summer(2026, 5, 13, 18, 50), TwentyMinutes, Dealership()));
        // A lead that arrives on the holiday itself waits for Friday's opening: 3 h before lunch, 1 h after.
        Assert.Equal(Summer(2026, 5, 15, 15, 0), SlaClock.DueAt(Summer(2026, 5, 14, 11, 0), FourHours, hours));
    }

    [Fact]
    public void Consecutive_closed_dates_are_all_skipped()
    {
        var hours = Dealership().WithClosedDates(new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26));
        // Thursday 24 December 18:50 → Friday 25 and Saturday 26 closed, Sunday closed → Monday 28.
        Assert.Equal(Winter(2026, 12, 28, 9, 10), SlaClock.DueAt(Winter(2026, 12, 24, 18, 50), TwentyMinutes, hours));
    }

    [Fact]
    public void Spring_forward_weekend_counts_wall_clock_opening_hours()
    {
        // Clocks go forward on Sunday 29 March 2026. Saturday is +01:00, Monday +02:00: Monday's 9:00 opening is 07:00 UTC.
        Assert.Equal(Summer(2026, 3, 30, 9, 15), SlaClock.DueAt(Winter(2026, 3, 28, 18, 55), TwentyMinutes, Dealership()));
        Assert.Equal(Summer(2026, 3, 30, 11, 0), SlaClock.DueAt(Winter(2026, 3, 28, 17, 0), FourHours, Dealership()));
        Assert.Equal(TwentyMinutes, SlaClock.OpenTimeBetween(Winter(2026, 3, 28, 18, 55), Summer(2026, 3, 30, 9, 15), Dealership()));
    }

    [Fact]
    public void Fall_back_weekend_counts_wall_clock_opening_hours()
    {
        // Clocks go back on Sunday 25 October 2026: Saturday is +02:00, Monday +01:00.
        Assert.Equal(Winter(2026, 10, 26, 9, 15), SlaClock.DueAt(Summer(2026, 10, 24, 18, 55), TwentyMinutes, Dealership()));
        Assert.Equal(Winter(2026, 10, 26, 11, 0), SlaClock.DueAt(Summer(2026, 10, 24, 17, 0), FourHours, Dealership()));
    }

    [Fact]
    public void A_round_the_clock_calendar_counts_real_time_across_daylight_saving_days()
    {
        var always = OpeningHours.AlwaysOpen;
        // Saturday noon to Sunday noon is 23 hours of real time in spring, 25 in autumn.
        Assert.Equal(TimeSpan.FromHours(23), SlaClock.OpenTimeBetween(Winter(2026, 3, 28, 12), Summer(2026, 3, 29, 12), always));
        Assert.Equal(TimeSpan.FromHours(25), SlaClock.OpenTimeBetween(Summer(2026, 10, 24, 12), Winter(2026, 10, 25, 12), always));
        Assert.Equal(Summer(2026, 3, 29, 13), SlaClock.DueAt(Winter(2026, 3, 28, 12), TimeSpan.FromHours(24), always));
        Assert.Equal(Winter(2026, 10, 25, 11), SlaClock.DueAt(Summer(2026, 10, 24, 12), TimeSpan.FromHours(24), always));
    }

    [Fact]
    public void Intervals_that_span_the_clock_change_last_what_the_wall_clock_shows()
    {
        IReadOnlyList<OpenInterval> night = [OpenInterval.Of(1, 0, 4, 0)];
        var sundays = OpeningHours.Weekly(new Dictionary<DayOfWeek, IReadOnlyList<OpenInterval>> { [DayOfWeek.Sunday] = night });

        // 01:00 → 04:00 on the spring Sunday is 2 real hours (02:00–03:00 does not exist); on the autumn Sunday, 4.
        Assert.Equal(TimeSpan.FromHours(2), SlaClock.OpenTimeBetween(Winter(2026, 3, 28, 12), Summer(2026, 3, 30, 12), sundays));
        Assert.Equal(TimeSpan.FromHours(4), SlaClock.OpenTimeBetween(Summer(2026, 10, 24, 12), Winter(2026, 10, 26, 12), sundays));

        // An opening time inside the spring gap opens when the clock jumps, at 03:00 +02:00.
        IReadOnlyList<OpenInterval> inGap = [OpenInterval.Of(2, 30, 4, 0)];
        var gap = OpeningHours.Weekly(new Dictionary<DayOfWeek, IReadOnlyList<OpenInterval>> { [DayOfWeek.Sunday] = inGap });
        Assert.Equal(Summer(2026, 3, 29, 3, 20), SlaClock.DueAt(Winter(2026, 3, 28, 12), TwentyMinutes, gap));
    }

    [Fact]
    public void Open_time_between_two_instants()
    {
        var hours = Dealership();
        Assert.Equal(TwentyMinutes, SlaClock.OpenTimeBetween(Winter(2026, 3, 13, 18, 55), Winter(2026, 3, 14, 9, 15), hours));
        Assert.Equal(TimeSpan.FromHours(2), SlaClock.OpenTimeBetween(Winter(2026, 3, 16, 11), Winter(2026, 3, 16, 15), hours));
        Assert.Equal(TimeSpan.Zero, SlaClock.OpenTimeBetween(Winter(2026, 3, 15, 8), Winter(2026, 3, 15, 20), hours)); // Sunday
        Assert.Equal(TimeSpan.Zero, SlaClock.OpenTimeBetween(Winter(2026, 3, 16, 15), Winter(2026, 3, 16, 11), hours));
        // A full week: six days of 8 hours.
        Assert.Equal(TimeSpan.FromHours(48), SlaClock.OpenTimeBetween(Winter(2026, 3, 16, 0), Winter(2026, 3, 23, 0), hours));
    }

    [Fact]
    public void A_zero_duration_is_due_at_the_next_open_instant()
    {
        Assert.Equal(Winter(2026, 3, 16, 10), SlaClock.DueAt(Winter(2026, 3, 16, 10), TimeSpan.Zero, Dealership()));
        Assert.Equal(Winter(2026, 3, 16, 9), SlaClock.DueAt(Winter(2026, 3, 15, 10), TimeSpan.Zero, Dealership()));
    }

    [Fact]
    public void Due_time_and_open_time_agree_for_any_start_and_duration()
    {
        var random = new Random(42);
        var hours = Dealership(new DateOnly(2026, 5, 1), new DateOnly(2026, 11, 11));
        var start = Winter(2026, 1, 1, 0);
        for (var i = 0; i < 500; i++)
        {
            var from = start.AddMinutes(random.Next(0, 365 * 24 * 60));
            var duration = TimeSpan.FromMinutes(random.Next(0, 20 * 60));
            var due = SlaClock.DueAt(from, duration, hours);

            Assert.Equal(duration, SlaClock.OpenTimeBetween(from, due, hours));
            Assert.True(due >= from);
            if (duration > TimeSpan.Zero) Assert.True(hours.IsOpenAt(due.AddTicks(-1)), $"{from} + {duration} → {due}");
        }
    }

    [Fact]
    public void An_unusable_calendar_is_refused()
    {
        var never = OpeningHours.Weekly(new Dictionary<DayOfWeek, IReadOnlyList<OpenInterval>>());
        Assert.Throws<ArgumentException>(() => SlaClock.DueAt(Winter(2026, 3, 16, 10), TwentyMinutes, never));
        Assert.Equal(TimeSpan.Zero, SlaClock.OpenTimeBetween(Winter(2026, 3, 16, 10), Winter(2026, 3, 30, 10), never));
    }
}
