using Leasing.Workflows.Definitions;

namespace Leasing.Web.Pages.Workflows.Designer;

/// <summary>The two lines a box shows: what it is about (a task's title, a notification's subject, else its id) and its type with its key input.</summary>
public static class NodeTexts
{
    public static string Title(DesignerNode node)
    {
        if (!string.IsNullOrWhiteSpace(node.Name)) return node.Name;
        var inputs = new ActivityInputs(node.Inputs);
        return node.Type switch
        {
            ActivityTypes.HumanTask => inputs.Text("title") ?? node.Id,
            ActivityTypes.Notify => inputs.Text("subject") ?? node.Id,
            _ => node.Id,
        };
    }

    public static string Detail(DesignerNode node)
    {
        var inputs = new ActivityInputs(node.Inputs);
        var key = node.Type switch
        {
            ActivityTypes.HumanTask => Join(inputs.Text("role") ?? inputs.Text("assignee"), inputs.Text("dueIn")),
            ActivityTypes.WaitForEvent => inputs.Text("eventType"),
            ActivityTypes.Delay => inputs.Text("duration") ?? inputs.Text("until"),
            ActivityTypes.SendCommand => inputs.Text("command"),
            ActivityTypes.SetVariable => inputs.Text("variable"),
            ActivityTypes.SubWorkflow => inputs.Text("definitionId"),
            ActivityTypes.Decision => inputs.Text("condition"),
            ActivityTypes.Join => inputs.Text("mode"),
            _ => null,
        };
        return key is null ? ActivityLook.Name(node.Type) : $"{ActivityLook.Name(node.Type)} · {key}";
    }

    private static string? Join(string? a, string? b) => (a, b) switch
    {
        (null, null) => null,
        (_, null) => a,
        (null, _) => b,
        _ => $"{a} · {b}",
    };
}
