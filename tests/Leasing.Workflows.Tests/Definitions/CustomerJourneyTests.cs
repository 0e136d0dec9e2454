using System.Text.Json.Nodes;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Activities;
using Leasing.Workflows.Definitions.Validation;
using Xunit;

namespace Leasing.Workflows.Tests.Definitions;

/// <summary>The shipped <c>workflows/customer-journey.json</c>: the six steps of the leasing customer journey.</summary>
public class CustomerJourneyTests
{
    private static readonly WorkflowDefinition Journey = WorkflowJson.Read(Repository.CustomerJourneyJson());

    [Fact]
    public void The_file_round_trips_through_the_model_without_losing_or_adding_anything()
    {
        var original = JsonNode.Parse(Repository.CustomerJourneyJson());
        var written = WorkflowJson.Write(WorkflowJson.Read(Repository.CustomerJourneyJson()));

        Assert.True(JsonNode.DeepEquals(original, JsonNode.Parse(written)), written);
        Assert.Equal(written, WorkflowJson.Write(WorkflowJson.Read(written)));
    }

    [Fact]
    public void It_is_written_in_camel_case_with_positions_and_port_names()
    {
        var written = WorkflowJson.Write(Journey);

        Assert.Contains("\"definitionId\": \"customer-journey\"", written);
        Assert.Contains("\"position\": {", written);
        Assert.Contains("\"port\": \"Qualified\"", written);
        Assert.DoesNotContain("null", written.Replace("?? null", ""));
    }

    [Fact]
    public void It_passes_validation() =>
        Assert.Empty(DefinitionValidator.Validate(Journey, new HashSet<string>()));

    [Fact]
    public void It_is_started_by_a_captured_lead_correlated_by_its_id()
    {
        var trigger = Assert.Single(Journey.Triggers);
        Assert.Equal("LeadCaptured", trigger.EventType);
        Assert.Equal("input.leadId", trigger.Correlation);
    }

    [Fact]
    public void Step_1_qualification_is_a_back_office_task_due_in_four_hours()
    {
        var task = ActivitySettingsReader.Read<HumanTaskSettings>(Journey.FindActivity("qualify-lead")!);

        Assert.Equal("BackOffice", task.Role);
        Assert.Equal(TimeSpan.FromHours(4), task.DueInDuration);
        Assert.Equal(["Qualified", "Lost"], task.Outcomes);
        Assert.Equal("SalesManager", task.EscalateToRole);
        Assert.Equal("choice", task.FormFields.Single(f => f.Name == "product").Type);
    }

    [Fact]
    public void The_journey_runs_through_the_six_steps_in_order()
    {
        var path = MainPath();

        Assert.Equal(
            ["start", "remember-lead", "qualify-lead", "remember-product", "wait-visit-scheduled", "mark-visit-scheduled",
             "visit-reminder-delay", "remind-visit", "wait-quote-accepted", "remember-quote", "sign-contract", "deliver-vehicle",
             "loyalty-delay", "satisfaction-follow-up", "journey-completed"],
            path);
    }

    [Fact]
    public void Steps_2_and_3_wait_for_the_visit_and_for_the_accepted_quote_of_the_lead()
    {
        var visit = ActivitySettingsReader.Read<WaitForEventSettings>(Journey.FindActivity("wait-visit-scheduled")!);
        var quote = ActivitySettingsReader.Read<WaitForEventSettings>(Journey.FindActivity("wait-quote-accepted")!);
        var reminder = ActivitySettingsReader.Read<DelaySettings>(Journey.FindActivity("visit-reminder-delay")!);

        Assert.Equal(("VisitScheduled", "input.leadId"), (visit.EventType, visit.Correlation));
        Assert.Equal(("QuoteAccepted", "input.leadId"), (quote.EventType, quote.Correlation));
        Assert.NotNull(reminder.DurationValue);
    }

    [Fact]
    public void Steps_4_to_6_are_tasks_and_loyalty_waits_thirty_days()
    {
        Assert.Equal(["Signed", "Abandoned"], ActivitySettingsReader.Read<HumanTaskSettings>(Journey.FindActivity("sign-contract")!).Outcomes);
        Assert.Equal(ActivityTypes.HumanTask, Journey.FindActivity("deliver-vehicle")!.Type);
        Assert.Equal(TimeSpan.FromDays(30), ActivitySettingsReader.Read<DelaySettings>(Journey.FindActivity("loyalty-delay")!).DurationValue);
        Assert.Contains("satisfaction follow-up", ActivitySettingsReader.Read<HumanTaskSettings>(Journey.FindActivity("satisfaction-follow-up")!).Title);
    }

    /// <summary>From Start, the happy outcome of each activity (the first connection leaving it).</summary>
    private static List<string> MainPath()
    {
        var path = new List<string> { "start" };
        while (Journey.Root.Connections.FirstOrDefault(c => c.Source.Activity == path[^1]) is { } next && path.Count < 50)
            path.Add(next.Target.Activity);
        return path;
    }
}
