using Leasing.Prospecting.Domain.Calendar;

namespace Leasing.Prospecting.Domain.Statistics;

/// <summary>A range of French calendar days, both ends included; a lead belongs to the day it was captured on in Paris.</summary>
public sealed record StatisticsPeriod(DateOnly From, DateOnly To)
{
    public static StatisticsPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public bool Contains(DateTimeOffset instant)
    {
        var day = OpenWindows.LocalDate(instant);
        return From <= day && day <= To;
    }
}
