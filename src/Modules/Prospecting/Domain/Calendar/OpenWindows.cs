using Leasing.Kernel.Time;

namespace Leasing.Prospecting.Domain.Calendar;

/// <summary>An open interval placed on the time line: real instants, so its length is the real time it lasts.</summary>
public readonly record struct OpenWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;
}

/// <summary>
/// Turns a calendar's local intervals into instants. Daylight saving is handled here, once: an interval on a
/// 23-hour or 25-hour day lasts what the clocks on the wall say, and the SLA clock just adds real durations.
/// </summary>
public static class OpenWindows
{
    public static IEnumerable<OpenWindow> On(OpeningHours hours, DateOnly date)
    {
        foreach (var interval in hours.On(date))
        {
            if (!interval.IsValid) continue;
            var start = ToInstant(date.ToDateTime(interval.Opens));
            var end = ToInstant(interval.ClosesAtMidnight ? date.AddDays(1).ToDateTime(TimeOnly.MinValue) : date.ToDateTime(interval.Closes));
            if (end > start) yield return new OpenWindow(start, end);
        }
    }

    /// <summary>The open windows from the local date of <paramref name="from"/> onwards, day after day, without end.</summary>
    public static IEnumerable<OpenWindow> From(OpeningHours hours, DateTimeOffset from)
    {
        var date = LocalDate(from);
        while (true)
        {
            foreach (var window in On(hours, date)) yield return window;
            date = date.AddDays(1);
        }
    }

    public static DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, BusinessCalendar.Paris).DateTime);

    /// <summary>
    /// The instant a Paris wall clock first shows <paramref name="local"/>. In the spring gap (02:00–03:00 does not
    /// exist) that is the end of the gap; in the autumn overlap (02:00–03:00 happens twice) the first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local)
    {
        var zone = BusinessCalendar.Paris;
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) return FirstInstantShowing(local);
        if (zone.IsAmbiguousTime(local))
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max()); // the larger offset is the earlier instant
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    // Only reached for a time inside the spring gap: around it the wall clock only moves forward, so the first
    // second at which it reads at least the wanted time is found by bisection between two surely-wrong bounds.
    private static DateTimeOffset FirstInstantShowing(DateTime local)
    {
        var zone = BusinessCalendar.Paris;
        var low = new DateTimeOffset(local, TimeSpan.FromHours(14)).ToUnixTimeSeconds();
        var high = new DateTimeOffset(local, TimeSpan.FromHours(-12)).ToUnixTimeSeconds();
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            if (TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(middle), zone).DateTime >= local) high = middle;
            else low = middle;
        }
        return TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(high), zone);
    }
}
