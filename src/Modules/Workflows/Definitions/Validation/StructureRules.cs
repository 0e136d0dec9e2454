using Leasing.Workflows.Definitions.Activities;

namespace Leasing.Workflows.Definitions.Validation;

/// <summary>
/// Rules about how activities are wired: one Start, arrows between existing activities and ports, every outcome
/// going somewhere, everything reachable, nothing after an End, and every Join closing a Fork.
/// </summary>
internal static class StructureRules
{
    public static void Check(WorkflowDefinition definition, IReadOnlyDictionary<string, ActivitySettings> settings, ErrorList errors)
    {
        var chart = definition.Root;
        var types = chart.Activities.Where(a => !string.IsNullOrWhiteSpace(a.Id))
            .GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);

        var starts = chart.Activities.Where(a => a.Type == ActivityTypes.Start).ToList();
        if (starts.Count == 0) errors.Definition("activities", "The definition has no Start activity.");
        foreach (var extra in starts.Skip(1))
            errors.Activity(extra.Id, "type", $"a definition has exactly one Start, and '{starts[0].Id}' is already one.");

        CheckConnections(chart, types, settings, errors);
        CheckOutcomesAreConnected(chart, settings, errors);

        var graph = new FlowGraph(chart);
        if (starts.Count == 1) CheckReachability(chart, graph, starts[0].Id, errors);
        CheckJoinsCloseForks(chart, graph, types, errors);
    }

    private static void CheckConnections(Flowchart chart, IReadOnlyDictionary<string, string> types,
        IReadOnlyDictionary<string, ActivitySettings> settings, ErrorList errors)
    {
        for (var i = 0; i < chart.Connections.Count; i++)
        {
            var (source, target) = (chart.Connections[i].Source, chart.Connections[i].Target);
            var at = $"connections[{i}]";
            var port = source.Port ?? OutcomePorts.Done;

            if (!types.TryGetValue(source.Activity, out var sourceType))
                errors.Activity(source.Activity, $"{at}.source.activity", $"a connection leaves from this id, but no activity has it (to '{target.Activity}').");
            else if (sourceType == ActivityTypes.End)
                errors.Activity(source.Activity, at, $"an End finishes the instance; it cannot lead to '{target.Activity}'.");
            else if (settings.TryGetValue(source.Activity, out var sourceSettings) && !sourceSettings.Ports().Contains(port))
                errors.Activity(source.Activity, $"{at}.source.port",
                    $"it has no outcome '{port}' (its outcomes: {string.Join(", ", sourceSettings.Ports())}).");

            if (!types.TryGetValue(target.Activity, out var targetType))
                errors.Activity(target.Activity, $"{at}.target.activity", $"a connection from '{source.Activity}' goes to this id, but no activity has it.");
            else if (targetType == ActivityTypes.Start)
                errors.Activity(target.Activity, at, $"the Start cannot be entered again (from '{source.Activity}').");
            if (target.Port is not null && target.Port != OutcomePorts.In)
                errors.Activity(target.Activity, $"{at}.target.port", $"'{target.Port}' is not an input port; activities have only '{OutcomePorts.In}'.");
        }
    }

    private static void CheckOutcomesAreConnected(Flowchart chart, IReadOnlyDictionary<string, ActivitySettings> settings, ErrorList errors)
    {
        var connected = chart.Connections.Select(c => (c.Source.Activity, c.Source.Port ?? OutcomePorts.Done)).ToHashSet();
        foreach (var (id, activitySettings) in settings)
            foreach (var port in activitySettings.Ports().Where(p => !string.IsNullOrWhiteSpace(p)).Distinct())
                if (!connected.Contains((id, port)))
                    errors.Activity(id, $"outcomes.{port}", $"its outcome '{port}' is not connected to any activity.");
    }

    private static void CheckReachability(Flowchart chart, FlowGraph graph, string startId, ErrorList errors)
    {
        var reachable = graph.ReachableFrom(startId);
        reachable.Add(startId);
        foreach (var activity in chart.Activities.Where(a => !string.IsNullOrWhiteSpace(a.Id)).DistinctBy(a => a.Id))
            if (!reachable.Contains(activity.Id))
                errors.Activity(activity.Id, "connections", $"it cannot be reached from the Start '{startId}'.");
    }

    /// <summary>
    /// A Join matches a Fork when every arrow into the Join comes from that Fork or from an activity the Fork
    /// leads to: the Join then knows which branches to wait for.
    /// </summary>
    private static void CheckJoinsCloseForks(Flowchart chart, FlowGraph graph, IReadOnlyDictionary<string, string> types, ErrorList errors)
    {
        var forks = types.Where(t => t.Value == ActivityTypes.Fork).Select(t => t.Key).ToList();
        var descendants = forks.ToDictionary(f => f, graph.ReachableFrom, StringComparer.Ordinal);
        foreach (var join in types.Where(t => t.Value == ActivityTypes.Join).Select(t => t.Key))
        {
            var incoming = graph.Previous(join).Distinct().ToList();
            if (incoming.Count == 0) continue; // reported as unreachable or unconnected
            var matched = forks.Any(fork => incoming.All(p => p == fork || descendants[fork].Contains(p)));
            if (!matched)
                errors.Activity(join, "connections",
                    "this Join has no matching Fork upstream: every branch into it must come from one Fork.");
        }
    }
}
