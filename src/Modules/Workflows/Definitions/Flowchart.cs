namespace Leasing.Workflows.Definitions;

/// <summary>The chart: boxes (activities) and arrows (connections from an outcome port to the next activity).</summary>
public sealed record Flowchart
{
    public IReadOnlyList<ActivityDefinition> Activities { get; init; } = [];

    public IReadOnlyList<Connection> Connections { get; init; } = [];
}
