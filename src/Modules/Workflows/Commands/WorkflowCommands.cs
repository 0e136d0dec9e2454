using ClaimsCommands = Leasing.Claims.IntegrationEvents;
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
        new("TriageClaim", "Enregistre le tri du sinistre (orientation, priorité) / Records the claim's triage (route, priority)",
            ["claimId", "route", "priority", "notes"],
            (instance, inputs) => new ClaimsCommands.TriageClaim(inputs.Id("claimId"), inputs.OptionalText("route") ?? "", inputs.OptionalText("priority"),
                inputs.OptionalText("notes"), $"workflow:{instance}")),
        new("DecideRepairApproval", "Approuve ou refuse un devis au-delà du chiffrage de l'expert / Approves or refuses a quote above the expert's figure",
            ["claimId", "approved", "comment"],
            (instance, inputs) => new ClaimsCommands.DecideRepairApproval(inputs.Id("claimId"), inputs.OptionalText("approved") == "true",
                inputs.OptionalText("comment"), $"workflow:{instance}")),
        new("CloseClaim", "Clôture le sinistre s'il ne reste rien d'ouvert / Closes the claim when nothing is left open",
            ["claimId", "note"],
            (instance, inputs) => new ClaimsCommands.CloseClaim(inputs.Id("claimId"), inputs.OptionalText("note"), $"workflow:{instance}")),
    ];
}
