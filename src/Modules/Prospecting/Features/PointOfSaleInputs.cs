using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.PointsOfSale;
using Leasing.Prospecting.Domain.Routing;

namespace Leasing.Prospecting.Features;

public sealed record OpeningInput(string? Day, string? Opens, string? Closes);

public sealed record AdvisorInput(Guid? Id, string? Name, string? UserName, bool? Available);

public sealed record PointOfSaleInput(string? Code, string? Name, OpeningInput[]? Opening, string[]? ClosedDates, AdvisorInput[]? Advisors, string? Routing)
{
    /// <summary>Every part is checked and reported by name (opening[2].closes, advisors[0].name ...).</summary>
    public (OpeningHoursData Hours, Advisor[] Advisors, RoutingStrategy Routing)? Read(FieldErrors errors)
    {
        errors.Required(Name, "name");
        var week = new Dictionary<string, List<OpenInterval>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (slot, index) in (Opening ?? []).Select((s, i) => (s, i)))
        {
            var at = $"opening[{index}]";
            if (!Enum.TryParse<DayOfWeek>(slot.Day, true, out var day) || int.TryParse(slot.Day, out _))
                { errors.Add($"{at}.day", "A day name: Monday … Sunday."); continue; }
            if (!TimeOnly.TryParse(slot.Opens, out var opens)) { errors.Add($"{at}.opens", "A time such as 09:00."); continue; }
            if (!TimeOnly.TryParse(slot.Closes, out var closes)) { errors.Add($"{at}.closes", "A time such as 19:00 (00:00 for midnight)."); continue; }
            var interval = new OpenInterval(opens, closes);
            if (!interval.IsValid) { errors.Add($"{at}.closes", "Must be after the opening time."); continue; }
            (week.TryGetValue(day.ToString(), out var list) ? list : week[day.ToString()] = []).Add(interval);
        }
        if (week.Count == 0) errors.Add("opening", "At least one opening slot: the lead SLAs are counted in opening hours.");
        var closed = new List<DateOnly>();
        foreach (var (text, index) in (ClosedDates ?? []).Select((d, i) => (d, i)))
            if (DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var date)) closed.Add(date);
            else errors.Add($"closedDates[{index}]", "A date such as 2026-12-25.");
        var advisors = new List<Advisor>();
        foreach (var (advisor, index) in (Advisors ?? []).Select((a, i) => (a, i)))
        {
            if (string.IsNullOrWhiteSpace(advisor.Name)) { errors.Add($"advisors[{index}].name", "The advisor's name is required."); continue; }
            advisors.Add(new Advisor(advisor.Id ?? Guid.CreateVersion7(), advisor.Name.Trim(), advisor.UserName?.Trim().ToLowerInvariant(), advisor.Available ?? true));
        }
        var routing = RoutingStrategy.RoundRobin;
        if (Routing is not null && (!Enum.TryParse(Routing, true, out routing) || int.TryParse(Routing, out _)))
            errors.Add("routing", "RoundRobin or LowestOpenLoad.");
        if (errors.Any) return null;
        return (new OpeningHoursData(week.ToDictionary(d => d.Key, d => d.Value.OrderBy(i => i.Opens).ToArray()), closed.ToArray()), advisors.ToArray(), routing);
    }
}
