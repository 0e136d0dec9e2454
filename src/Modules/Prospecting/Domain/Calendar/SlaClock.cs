namespace Leasing.Prospecting.Domain.Calendar;

/// <summary>
/// Counts time only while the point of sale is open. A lead that arrives at 18:55 on a Friday in a shop that closes
/// at 19:00 has used 5 of its 20 minutes by closing time; the other 15 run from Saturday's opening.
/// </summary>
public static class SlaClock
{
    /// <summary>
    /// The instant at which <paramref name="openTime"/> of open time has passed since <paramref name="start"/>.
    /// With a zero duration, the first open instant at or after the start.
    /// </summary>
    public static DateTimeOffset DueAt(DateTimeOffset start, TimeSpan openTime, OpeningHours hours)
    {
        if (openTime < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(openTime), "An SLA duration cannot be negative.");
        if (hours.Validate().Any) throw new ArgumentException("The opening hours are not usable; validate them first.", nameof(hours));

        var remaining = openTime;
        foreach (var window in OpenWindows.From(hours, start))
        {
            if (window.End <= start) continue;
            var from = window.Start > start ? window.Start : start;
            if (from + remaining <= window.End) return from + remaining;
            remaining -= window.End - from;
        }
        throw new InvalidOperationException("Unreachable: a valid calendar opens every week.");
    }

    /// <summary>The open time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public static TimeSpan OpenTimeBetween(DateTimeOffset from, DateTimeOffset to, OpeningHours hours)
    {
        var total = TimeSpan.Zero;
        if (to <= from) return total;
        // Bounded by dates, not by waiting for a window after `to`: a calendar with no opening at all must still end.
        for (var date = OpenWindows.LocalDate(from); date <= OpenWindows.LocalDate(to); date = date.AddDays(1))
            foreach (var window in OpenWindows.On(hours, date))
            {
                var start = window.Start > from ? window.Start : from;
                var end = window.End < to ? window.End : to;
                if (end > start) total += end - start;
            }
        return total;
    }
}
