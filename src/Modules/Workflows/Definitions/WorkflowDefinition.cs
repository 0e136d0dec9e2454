namespace Leasing.Workflows.Definitions;

/// <summary>
/// A workflow as process owners draw it, in the shape of Elsa 3's flowchart JSON: what starts it (triggers),
/// what it remembers (variables) and the chart itself (<see cref="Root"/>). A definition says nothing about
/// its lifecycle: <see cref="Versions.DefinitionVersion"/> carries draft, published or retired.
/// </summary>
public sealed record WorkflowDefinition
{
    /// <summary>Stable across versions: instances, tasks and diffs refer to it.</summary>
    public string DefinitionId { get; init; } = "";

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    /// <summary>The version number this JSON was saved as; the lifecycle assigns it when a version is published.</summary>
    public int Version { get; init; } = 1;

    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    public IReadOnlyList<WorkflowTrigger> Triggers { get; init; } = [];

    public Flowchart Root { get; init; } = new();

    public ActivityDefinition? FindActivity(string id) => Root.Activities.FirstOrDefault(a => a.Id == id);
}
