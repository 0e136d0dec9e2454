using Leasing.Kernel.Time;

namespace Leasing.Contracts.Features.Shared;

/// <summary>Instants of the business day, Paris time, for durable timers.</summary>
public static class ContractTimes
{
    /// <summary>The midnight that starts <paramref name="day"/> in Paris.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        // In UTC: PostgreSQL (timestamptz) takes no other offset.
        return new DateTimeOffset(midnight, BusinessCalendar.Paris.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>A period that runs through <paramref name="lastDay"/> is over at the next midnight.</summary>
    public static DateTimeOffset After(DateOnly lastDay) => StartOf(lastDay.AddDays(1));

    /// <summary>Whole months from <paramref name="start"/> to <paramref name="end"/>: the number of monthly anniversaries reached.</summary>
    public static int WholeMonthsBetween(DateOnly start, DateOnly end)
    {
        var months = 0;
        while (start.AddMonths(months + 1) <= end) months++;
        return months;
    }
}
