using System.Text.Json;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Activities;
using Xunit;
using static Leasing.Workflows.Tests.Definitions.Charts;

namespace Leasing.Workflows.Tests.Definitions;

public class ActivitySettingsTests
{
    private static ActivitySettings Read(string type, object? inputs = null) =>
        ActivitySettingsReader.Read(Activity("a", type, inputs)).Settings ?? throw new InvalidOperationException("unreadable");

    [Fact]
    public void Each_type_offers_its_outcome_ports()
    {
        Assert.Equal(["Done"], Read("Start").Ports());
        Assert.Empty(Read("End").Ports());
        Assert.Equal(["True", "False"], Read("Decision", new { condition = "true" }).Ports());
        Assert.Equal(["Lld", "Loa", "Default"], Read("Switch", new { cases = new[] { new { name = "Lld", condition = "true" }, new { name = "Loa", condition = "false" } } }).Ports());
        Assert.Equal(["Approve", "Reject"], Read("HumanTask", Task("Approve", "Reject")).Ports());
        Assert.Equal(["Credit", "Documents"], Read("Fork", new { branches = new[] { "Credit", "Documents" } }).Ports());
        foreach (var type in new[] { "Join", "WaitForEvent", "Delay", "SendCommand", "Notify", "SetVariable", "SubWorkflow" })
            Assert.Equal(["Done"], Read(type).Ports());
    }

    [Fact]
    public void Human_task_inputs_are_read_into_their_typed_view()
    {
        var task = (HumanTaskSettings)Read("HumanTask", new
        {
            title = "Approve the credit file", role = "SalesManager", assignee = "claire",
            formFields = new object[] { new { name = "amount", type = "number", required = true }, new { name = "grade", type = "choice", options = new[] { "A", "B" } } },
            outcomes = new[] { "Approve", "Reject" }, dueIn = "P2D", escalateToRole = "Admin",
        });

        Assert.Equal("Approve the credit file", task.Title);
        Assert.Equal(("SalesManager", "claire"), (task.Role, task.Assignee));
        Assert.Equal(new FormField("amount", "number", Required: true), task.FormFields[0]);
        Assert.Equal(["A", "B"], task.FormFields[1].Options!);
        Assert.Equal(TimeSpan.FromDays(2), task.DueInDuration);
        Assert.Equal("Admin", task.EscalateToRole);
    }

    [Fact]
    public void Other_inputs_are_read_into_their_typed_views()
    {
        Assert.Equal(JoinMode.Any, ((JoinSettings)Read("Join", new { mode = "any" })).Mode);
        Assert.Equal(JoinMode.All, ((JoinSettings)Read("Join")).Mode);
        Assert.Equal("variables.deliveredOn", ((DelaySettings)Read("Delay", new { until = "variables.deliveredOn" })).Until);
        Assert.Equal("input.leadId", ((SendCommandSettings)Read("SendCommand", new { command = "QualifyLead", inputs = new Dictionary<string, string> { ["leadId"] = "input.leadId" } })).Inputs["leadId"]);
        Assert.Equal("claims", ((SubWorkflowSettings)Read("SubWorkflow", new { definitionId = "claims" })).DefinitionId);
        Assert.Equal(("score", "42"), (((SetVariableSettings)Read("SetVariable", new { variable = "score", value = "42" })) is var s ? (s.Variable, s.Value) : default));
        Assert.Equal("SalesManager", ((NotifySettings)Read("Notify", new { role = "SalesManager", message = "hi" })).Role);
        Assert.Equal("QuoteAccepted", ((WaitForEventSettings)Read("WaitForEvent", new { eventType = "QuoteAccepted", correlation = "input.leadId" })).EventType);
    }

    [Fact]
    public void Inputs_that_do_not_fit_the_type_give_a_reason()
    {
        var wrongShape = ActivitySettingsReader.Read(Activity("a", "HumanTask", new { outcomes = 3 }));
        var notAnObject = ActivitySettingsReader.Read(new ActivityDefinition { Id = "a", Type = "Decision", Inputs = JsonSerializer.SerializeToElement(new[] { 1 }) });
        var unknownType = ActivitySettingsReader.Read(Activity("a", "Teleport"));

        Assert.Null(wrongShape.Settings);
        Assert.Contains("HumanTask", wrongShape.Error);
        Assert.Contains("JSON object", notAnObject.Error);
        Assert.Contains("'Teleport'", unknownType.Error);
        Assert.Throws<InvalidOperationException>(() => ActivitySettingsReader.Read<DecisionSettings>(Activity("a", "Delay")));
    }
}
