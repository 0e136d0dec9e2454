using System.Text.Json;
using Leasing.Workflows.Definitions;

namespace Leasing.Workflows.Tests.Definitions;

/// <summary>Small definitions written in a line or two, and the one valid chart most validation tests break.</summary>
internal static class Charts
{
    public static readonly IReadOnlySet<string> KnownCommands = new HashSet<string> { "QualifyLead", "OpenContract" };

    public static ActivityDefinition Activity(string id, string type, object? inputs = null) => new()
    {
        Id = id, Type = type, Inputs = inputs is null ? null : JsonSerializer.SerializeToElement(inputs, WorkflowJson.Options),
    };

    public static Connection Arrow(string from, string to, string port = OutcomePorts.Done) => new(new(from, port), new(to, OutcomePorts.In));

    public static WorkflowDefinition Definition(IEnumerable<ActivityDefinition> activities, IEnumerable<Connection> connections,
        params VariableDefinition[] variables) => new()
    {
        DefinitionId = "test", Name = "Test", Variables = variables,
        Triggers = [new WorkflowTrigger("LeadCaptured", "input.leadId")],
        Root = new Flowchart { Activities = activities.ToList(), Connections = connections.ToList() },
    };

    public static object Task(params string[] outcomes) => new { title = "Review", role = "BackOffice", outcomes, dueIn = "4h" };

    /// <summary>start → decide; True → review (Approve → done, Reject → done); False → done.</summary>
    public static WorkflowDefinition Valid() => Definition(
        [
            Activity("start", "Start"),
            Activity("decide", "Decision", new { condition = "variables.amount > 10000" }),
            Activity("review", "HumanTask", Task("Approve", "Reject")),
            Activity("done", "End"),
        ],
        [
            Arrow("start", "decide"),
            Arrow("decide", "review", "True"),
            Arrow("decide", "done", "False"),
            Arrow("review", "done", "Approve"),
            Arrow("review", "done", "Reject"),
        ],
        new VariableDefinition("amount", "number"));

    public static WorkflowDefinition WithActivities(this WorkflowDefinition definition, params ActivityDefinition[] extra) =>
        definition with { Root = definition.Root with { Activities = [.. definition.Root.Activities, .. extra] } };

    public static WorkflowDefinition WithConnections(this WorkflowDefinition definition, params Connection[] extra) =>
        definition with { Root = definition.Root with { Connections = [.. definition.Root.Connections, .. extra] } };

    public static WorkflowDefinition Replacing(this WorkflowDefinition definition, ActivityDefinition activity) =>
        definition with { Root = definition.Root with { Activities = definition.Root.Activities.Select(a => a.Id == activity.Id ? activity : a).ToList() } };

    public static WorkflowDefinition Without(this WorkflowDefinition definition, Func<Connection, bool> connection) =>
        definition with { Root = definition.Root with { Connections = definition.Root.Connections.Where(c => !connection(c)).ToList() } };
}
