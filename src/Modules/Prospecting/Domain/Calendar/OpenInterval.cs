namespace Leasing.Prospecting.Domain.Calendar;

/// <summary>
/// One open stretch of a day in local time, e.g. 09:00–12:00. A closing time of 00:00 means midnight at the end
/// of the day, so a phone platform open round the clock is 00:00–00:00. Intervals never run past midnight.
/// </summary>
public sealed record OpenInterval(TimeOnly Opens, TimeOnly Closes)
{
    public static OpenInterval Of(int opensHour, int opensMinute, int closesHour, int closesMinute) =>
        new(new TimeOnly(opensHour, opensMinute), closesHour == 24 ? TimeOnly.MinValue : new TimeOnly(closesHour, closesMinute));

    public static readonly OpenInterval AllDay = new(TimeOnly.MinValue, TimeOnly.MinValue);

    public bool ClosesAtMidnight => Closes == TimeOnly.MinValue;

    /// <summary>The closing time as a span from the start of the day (24 h for midnight), to compare and order intervals.</summary>
    public TimeSpan ClosesAfter => ClosesAtMidnight ? TimeSpan.FromDays(1) : Closes.ToTimeSpan();

    public bool IsValid => Opens.ToTimeSpan() < ClosesAfter;
}
