namespace Leasing.Workflows.Commands;

/// <summary>The commands modules accept from workflows, one entry per command.</summary>
public static class WorkflowCommands
{
    public static IReadOnlyList<WorkflowCommand> All { get; } = [];
}
