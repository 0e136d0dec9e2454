using Leasing.Web.Shared;
using Leasing.Workflows.Definitions;

namespace Leasing.Web.Pages.Workflows.Designer;

/// <summary>How each activity type is shown: its icon (Material Symbols, as Radzen draws them) and its name in both languages.</summary>
public static class ActivityLook
{
    public static string Icon(string type) => type switch
    {
        ActivityTypes.Start => "play_circle",
        ActivityTypes.End => "stop_circle",
        ActivityTypes.Decision => "alt_route",
        ActivityTypes.Switch => "call_split",
        ActivityTypes.Fork => "fork_right",
        ActivityTypes.Join => "merge",
        ActivityTypes.HumanTask => "person",
        ActivityTypes.WaitForEvent => "notifications_paused",
        ActivityTypes.Delay => "schedule",
        ActivityTypes.SendCommand => "send",
        ActivityTypes.Notify => "campaign",
        ActivityTypes.SetVariable => "data_object",
        ActivityTypes.SubWorkflow => "account_tree",
        _ => "help",
    };

    public static string Name(string type) => type switch
    {
        ActivityTypes.Start => L.T("Début", "Start"),
        ActivityTypes.End => L.T("Fin", "End"),
        ActivityTypes.Decision => L.T("Décision", "Decision"),
        ActivityTypes.Switch => L.T("Aiguillage", "Switch"),
        ActivityTypes.Fork => L.T("Parallèle", "Fork"),
        ActivityTypes.Join => L.T("Jonction", "Join"),
        ActivityTypes.HumanTask => L.T("Tâche humaine", "Human task"),
        ActivityTypes.WaitForEvent => L.T("Attente d'événement", "Wait for event"),
        ActivityTypes.Delay => L.T("Délai", "Delay"),
        ActivityTypes.SendCommand => L.T("Commande", "Send command"),
        ActivityTypes.Notify => L.T("Notification", "Notify"),
        ActivityTypes.SetVariable => L.T("Variable", "Set variable"),
        ActivityTypes.SubWorkflow => L.T("Sous-processus", "Sub-workflow"),
        _ => type,
    };

    /// <summary>The palette's order: the way a process owner reads a chart, from its start to its end.</summary>
    public static readonly IReadOnlyList<string> PaletteOrder =
    [
        ActivityTypes.Start, ActivityTypes.HumanTask, ActivityTypes.Decision, ActivityTypes.Switch, ActivityTypes.Fork, ActivityTypes.Join,
        ActivityTypes.WaitForEvent, ActivityTypes.Delay, ActivityTypes.SendCommand, ActivityTypes.Notify, ActivityTypes.SetVariable,
        ActivityTypes.SubWorkflow, ActivityTypes.End,
    ];
}
