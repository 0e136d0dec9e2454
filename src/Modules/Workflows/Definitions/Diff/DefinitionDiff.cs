using System.Text.Json;

namespace Leasing.Workflows.Definitions.Diff;

/// <summary>
/// What changed between two versions, for the designer's "compare versions" and for a reviewer deciding whether to
/// publish. Positions are left out: moving a box changes the drawing, not what instances do.
/// </summary>
public sealed record DefinitionDiff(
    IReadOnlyList<ActivityDefinition> AddedActivities,
    IReadOnlyList<ActivityDefinition> RemovedActivities,
    IReadOnlyList<ActivityChange> ChangedActivities,
    IReadOnlyList<Connection> AddedConnections,
    IReadOnlyList<Connection> RemovedConnections,
    IReadOnlyList<string> OtherChanges)
{
    public bool IsEmpty => AddedActivities.Count + RemovedActivities.Count + ChangedActivities.Count
        + AddedConnections.Count + RemovedConnections.Count + OtherChanges.Count == 0;

    public static DefinitionDiff Between(WorkflowDefinition before, WorkflowDefinition after)
    {
        var old = before.Root.Activities.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var @new = after.Root.Activities.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);

        var changed = @new.Values.Where(a => old.ContainsKey(a.Id))
            .Select(a => Compare(old[a.Id], a))
            .Where(c => c.TypeChanged || c.ChangedInputs.Count > 0)
            .ToList();

        var oldConnections = before.Root.Connections.Select(c => c.ToString()).ToHashSet(StringComparer.Ordinal);
        var newConnections = after.Root.Connections.Select(c => c.ToString()).ToHashSet(StringComparer.Ordinal);

        return new DefinitionDiff(
            @new.Values.Where(a => !old.ContainsKey(a.Id)).ToList(),
            old.Values.Where(a => !@new.ContainsKey(a.Id)).ToList(),
            changed,
            after.Root.Connections.Where(c => !oldConnections.Contains(c.ToString())).DistinctBy(c => c.ToString()).ToList(),
            before.Root.Connections.Where(c => !newConnections.Contains(c.ToString())).DistinctBy(c => c.ToString()).ToList(),
            DefinitionLevelChanges(before, after));
    }

    /// <summary>One line per change, e.g. "+ activity 'remind' (Delay)", "- connection qualify.Lost → lost".</summary>
    public IReadOnlyList<string> Lines() =>
    [
        .. OtherChanges,
        .. AddedActivities.Select(a => $"+ activity '{a.Id}' ({a.Type})"),
        .. RemovedActivities.Select(a => $"- activity '{a.Id}' ({a.Type})"),
        .. ChangedActivities.Select(c => c.ToString()),
        .. AddedConnections.Select(c => $"+ connection {c}"),
        .. RemovedConnections.Select(c => $"- connection {c}"),
    ];

    public override string ToString() => IsEmpty ? "No changes." : string.Join(Environment.NewLine, Lines());

    private static ActivityChange Compare(ActivityDefinition before, ActivityDefinition after)
    {
        var oldInputs = InputsOf(before);
        var newInputs = InputsOf(after);
        var names = oldInputs.Keys.Union(newInputs.Keys, StringComparer.Ordinal)
            .Where(name => !(oldInputs.TryGetValue(name, out var o) && newInputs.TryGetValue(name, out var n) && JsonElement.DeepEquals(o, n)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ActivityChange(after.Id, before.Type, after.Type, names);
    }

    private static Dictionary<string, JsonElement> InputsOf(ActivityDefinition activity) =>
        activity.Inputs is { ValueKind: JsonValueKind.Object } inputs
            ? inputs.EnumerateObject().DistinctBy(p => p.Name).ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal)
            : [];

    private static List<string> DefinitionLevelChanges(WorkflowDefinition before, WorkflowDefinition after)
    {
        var lines = new List<string>();
        if (before.Name != after.Name) lines.Add($"~ name '{before.Name}' → '{after.Name}'");

        var oldVariables = before.Variables.DistinctBy(v => v.Name).ToDictionary(v => v.Name, StringComparer.Ordinal);
        var newVariables = after.Variables.DistinctBy(v => v.Name).ToDictionary(v => v.Name, StringComparer.Ordinal);
        lines.AddRange(newVariables.Values.Where(v => !oldVariables.ContainsKey(v.Name)).Select(v => $"+ variable '{v.Name}' ({v.Type})"));
        lines.AddRange(oldVariables.Values.Where(v => !newVariables.ContainsKey(v.Name)).Select(v => $"- variable '{v.Name}' ({v.Type})"));
        lines.AddRange(newVariables.Values.Where(v => oldVariables.TryGetValue(v.Name, out var o) && !SameVariable(o, v))
            .Select(v => string.Equals(oldVariables[v.Name].Type, v.Type, StringComparison.OrdinalIgnoreCase)
                ? $"~ variable '{v.Name}': default changed"
                : $"~ variable '{v.Name}': type {oldVariables[v.Name].Type} → {v.Type}"));

        var oldTriggers = before.Triggers.Select(Describe).ToHashSet(StringComparer.Ordinal);
        var newTriggers = after.Triggers.Select(Describe).ToHashSet(StringComparer.Ordinal);
        lines.AddRange(newTriggers.Where(t => !oldTriggers.Contains(t)).Select(t => $"+ trigger {t}"));
        lines.AddRange(oldTriggers.Where(t => !newTriggers.Contains(t)).Select(t => $"- trigger {t}"));
        return lines;
    }

    private static bool SameVariable(VariableDefinition a, VariableDefinition b) =>
        string.Equals(a.Type, b.Type, StringComparison.OrdinalIgnoreCase)
        && (a.Default, b.Default) switch
        {
            (null, null) => true,
            ({ } x, { } y) => JsonElement.DeepEquals(x, y),
            _ => false,
        };

    private static string Describe(WorkflowTrigger trigger) => $"{trigger.EventType} by {trigger.Correlation}";
}
