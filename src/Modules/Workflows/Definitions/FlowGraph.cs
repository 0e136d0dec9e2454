namespace Leasing.Workflows.Definitions;

/// <summary>
/// The chart as a directed graph over activity ids, built from the connections whose both ends exist.
/// Shared by validation (reachability, Fork/Join matching) and the automatic layout (layers).
/// </summary>
internal sealed class FlowGraph
{
    private readonly Dictionary<string, List<string>> _next = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _previous = new(StringComparer.Ordinal);

    public FlowGraph(Flowchart chart)
    {
        var ids = chart.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids) { _next[id] = []; _previous[id] = []; }
        foreach (var connection in chart.Connections)
        {
            if (!ids.Contains(connection.Source.Activity) || !ids.Contains(connection.Target.Activity)) continue;
            _next[connection.Source.Activity].Add(connection.Target.Activity);
            _previous[connection.Target.Activity].Add(connection.Source.Activity);
        }
    }

    public IReadOnlyList<string> Next(string id) => _next.TryGetValue(id, out var next) ? next : [];

    public IReadOnlyList<string> Previous(string id) => _previous.TryGetValue(id, out var previous) ? previous : [];

    /// <summary>Every activity a path leads to from <paramref name="from"/>, itself excluded unless a loop returns to it.</summary>
    public HashSet<string> ReachableFrom(string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(Next(from));
        while (pending.TryPop(out var id))
            if (seen.Add(id))
                foreach (var next in Next(id)) pending.Push(next);
        return seen;
    }
}
