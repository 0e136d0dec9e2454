using ProspectingCommands = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Workflows.Commands;

/// <summary>
/// The commands modules accept from workflows, one entry per command; each maps to a message in the module's
/// IntegrationEvents, handled by the module itself. The sender is recorded as <c>workflow:{instance id}</c>.
/// </summary>
public static class WorkflowCommands
{
    public static IReadOnlyList<WorkflowCommand> All { get; } =
    [
        new("ScheduleLeadFollowUp", "Planifie un rappel sur le lead (« rappeler le … ») / Schedules a call-back on the lead",
            ["leadId", "dueAt", "note"],
            (instance, inputs) => new ProspectingCommands.RequestLeadFollowUp(inputs.Id("leadId"), inputs.Instant("dueAt"), inputs.OptionalText("note"),
                $"workflow:{instance}")),
    ];
}
