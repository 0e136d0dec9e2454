using Leasing.Kernel.Time;
using Xunit;

namespace Leasing.Kernel.Tests;

public sealed class BusinessCalendarTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Today_is_the_date_in_Paris_not_in_UTC()
    {
        // 23:30 UTC on 23 November is already 24 November in Paris (UTC+1 in winter).
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 11, 24), clock.Today());
        Assert.Equal(TimeSpan.FromHours(1), clock.LocalNow().Offset);
    }

    [Fact]
    public void Summer_time_is_applied()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromHours(2), clock.LocalNow().Offset);
    }
}
