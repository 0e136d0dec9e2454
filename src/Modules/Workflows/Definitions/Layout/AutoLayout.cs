namespace Leasing.Workflows.Definitions.Layout;

/// <summary>
/// Places the activities a definition gives no position (a file written by hand, an import) so the designer can
/// draw it: columns left to right by the longest path from Start, so every arrow except a loop's points right,
/// and rows top-down in the order the definition lists them. Positions already there are kept: a process owner
/// who arranged the chart keeps the arrangement.
/// </summary>
public static class AutoLayout
{
    public const double ColumnWidth = 260;
    public const double RowHeight = 140;
    public const double Margin = 40;

    public static WorkflowDefinition Apply(WorkflowDefinition definition)
    {
        var layers = Layers(definition);
        var rowsUsed = new Dictionary<int, int>();
        var placed = definition.Root.Activities.Select(activity =>
        {
            var layer = layers.GetValueOrDefault(activity.Id);
            var row = rowsUsed.GetValueOrDefault(layer);
            rowsUsed[layer] = row + 1;
            return activity.Position is not null ? activity
                : activity with { Position = new DesignerPosition(Margin + layer * ColumnWidth, Margin + row * RowHeight) };
        }).ToList();
        return definition with { Root = definition.Root with { Activities = placed } };
    }

    /// <summary>
    /// Each activity's column: the length of the longest loop-free path from Start to it. Activities Start
    /// cannot reach go in one column after the last, where they stand out.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Layers(WorkflowDefinition definition)
    {
        var graph = new FlowGraph(definition.Root);
        var start = definition.Root.Activities.FirstOrDefault(a => a.Type == ActivityTypes.Start)?.Id;
        var layers = new Dictionary<string, int>(StringComparer.Ordinal);
        if (start is not null)
        {
            var order = ForwardOrder(graph, start, out var loopEdges);
            layers[start] = 0;
            foreach (var id in order)
                foreach (var next in graph.Next(id).Where(n => !loopEdges.Contains((id, n))))
                    layers[next] = Math.Max(layers.GetValueOrDefault(next), layers[id] + 1);
        }
        var unreachable = layers.Count == 0 ? 0 : layers.Values.Max() + 1;
        foreach (var activity in definition.Root.Activities)
            layers.TryAdd(activity.Id, unreachable);
        return layers;
    }

    /// <summary>
    /// A topological order of what Start reaches once the arrows that close a loop (those pointing back to an
    /// activity on the current path of a depth-first walk) are set aside.
    /// </summary>
    private static List<string> ForwardOrder(FlowGraph graph, string start, out HashSet<(string, string)> loopEdges)
    {
        var edges = new HashSet<(string, string)>();
        var finished = new List<string>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: done
        var stack = new Stack<(string Id, int Next)>();
        stack.Push((start, 0));
        state[start] = false;
        while (stack.TryPop(out var frame))
        {
            var next = graph.Next(frame.Id);
            if (frame.Next == next.Count)
            {
                state[frame.Id] = true;
                finished.Add(frame.Id);
                continue;
            }
            stack.Push((frame.Id, frame.Next + 1));
            var target = next[frame.Next];
            if (!state.TryGetValue(target, out var done))
            {
                state[target] = false;
                stack.Push((target, 0));
            }
            else if (!done) edges.Add((frame.Id, target));
        }
        loopEdges = edges;
        finished.Reverse(); // reverse post-order is a topological order of the forward arrows
        return finished;
    }
}
