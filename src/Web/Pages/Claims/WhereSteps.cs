using System.Text.RegularExpressions;
using Leasing.Workflows.ReadModels;

namespace Leasing.Web.Pages.Claims;

/// <summary>
/// "Where is this claim" for a handler: a step of the claim-handling workflow often waits on a task and on the claim's
/// event at once (whichever comes first), and keeps a timer beside them. Per step (its number, or the track before
/// " : " such as "Assureur"), the people's tasks are shown, else the awaited events, else the timers; the watch for the
/// claim's closure, open from start to end, is shown only when nothing else is left. Steps named otherwise are all shown.
/// </summary>
public static partial class WhereSteps
{
    public static IReadOnlyList<CaseStep> Summarise(IEnumerable<CaseStep> steps)
    {
        var all = steps.ToList();
        var work = all.Where(s => !IsClosureWatch(s)).ToList();
        if (work.Count == 0) return all;
        return work.GroupBy(s => GroupOf(s.Step ?? s.ActivityId))
            .SelectMany(g => g.Any(s => s.Kind == "Incident") ? g.Where(s => s.Kind == "Incident")
                : g.Any(s => s.Kind == "Task") ? g.Where(s => s.Kind == "Task")
                : g.Any(s => s.Kind == "Event") ? g.Where(s => s.Kind == "Event") : g)
            .DistinctBy(s => s.French).ToList();
    }

    private static bool IsClosureWatch(CaseStep step) => step.Kind == "Event" && step.French.EndsWith("la clôture du sinistre.", StringComparison.Ordinal);

    private static string GroupOf(string name)
    {
        var number = StepNumber().Match(name);
        if (number.Success) return number.Value;
        var colon = name.IndexOf(" : ", StringComparison.Ordinal);
        return colon > 0 ? name[..colon] : name;
    }

    [GeneratedRegex(@"^\d+\.")]
    private static partial Regex StepNumber();
}
