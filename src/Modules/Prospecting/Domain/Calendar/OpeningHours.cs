using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;

namespace Leasing.Prospecting.Domain.Calendar;

/// <summary>
/// A point of sale's managed calendar: for each day of the week zero or more open intervals (a lunch break is two
/// intervals), plus dates on which it is closed (public holidays, stock-taking). Times are Europe/Paris local time.
/// </summary>
public sealed record OpeningHours(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpenInterval>> Week, IReadOnlySet<DateOnly> ClosedDates)
{
    public static OpeningHours Weekly(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpenInterval>> week, params DateOnly[] closedDates) =>
        new(week, closedDates.ToHashSet());

    /// <summary>Open around the clock, every day: SLA time is then plain elapsed time.</summary>
    public static readonly OpeningHours AlwaysOpen =
        Weekly(Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => (IReadOnlyList<OpenInterval>)[OpenInterval.AllDay]));

    public OpeningHours WithClosedDates(params DateOnly[] dates) => this with { ClosedDates = ClosedDates.Concat(dates).ToHashSet() };

    /// <summary>The open intervals of a calendar date, in order; none on a closed date.</summary>
    public IReadOnlyList<OpenInterval> On(DateOnly date) =>
        ClosedDates.Contains(date) || !Week.TryGetValue(date.DayOfWeek, out var intervals)
            ? []
            : intervals.OrderBy(i => i.Opens).ToList();

    public bool IsOpenAt(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, BusinessCalendar.Paris);
        var date = DateOnly.FromDateTime(local.DateTime);
        return OpenWindows.On(this, date).Any(w => w.Start <= instant && instant < w.End);
    }

    /// <summary>
    /// A usable calendar has at least one open interval a week (or the SLA clock would never end), intervals that
    /// open before they close, and no overlap within a day. Field names follow the JSON shape: <c>week.monday[1]</c>.
    /// </summary>
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        foreach (var (day, intervals) in Week)
        {
            var ordered = intervals.OrderBy(i => i.Opens).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var field = $"week.{day.ToString().ToLowerInvariant()}[{i}]";
                errors.When(!ordered[i].IsValid, field, "An interval must open before it closes.");
                errors.When(i > 0 && ordered[i].Opens.ToTimeSpan() < ordered[i - 1].ClosesAfter, field, "Intervals of a day must not overlap.");
            }
        }
        errors.When(!Week.Values.Any(intervals => intervals.Any(i => i.IsValid)), "week", "The point of sale must be open at least once a week.");
        return errors;
    }
}
