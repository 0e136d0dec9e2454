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
            ["start", "watch", "remember-lead", "step-1", "qualify-lead", "remember-product", "qualified", "step-2", "wait-visit-scheduled",
             "remember-visit", "visit-eve", "remind-visit", "wait-offer-after-visit", "offer-made", "step-4", "wait-quote-accepted",
             "remember-quote", "wait-contract-signed", "signed", "wait-vehicle-delivered", "hand-over", "loyalty-delay", "satisfaction-follow-up",
             "journey-completed"],
            path);
        var main = Reach("qualified", "step-2", "wait-quote-sent", "offer-made", "step-4", "wait-quote-accepted", "remember-quote",
            "wait-contract-signed", "signed", "wait-vehicle-delivered", "hand-over", "loyalty-delay", "satisfaction-follow-up", "journey-completed");
        Assert.True(main, "each step leads to the next");
    }

    [Fact]
    public void Steps_2_to_5_wait_for_the_events_of_the_lead_from_prospecting_offers_and_contracts()
    {
        string[] awaited = ["VisitScheduled", "QuoteSent", "QuoteSent", "QuoteAccepted", "ContractSigned", "VehicleDelivered", "LeadQualified", "LeadLost"];
        var waits = Journey.Root.Activities.Where(a => a.Type == ActivityTypes.WaitForEvent)
            .Select(a => ActivitySettingsReader.Read<WaitForEventSettings>(a)).ToList();

        Assert.Equal(awaited.Order(), waits.Select(w => w.EventType!).Order());
        Assert.All(waits, w => Assert.Equal("input.leadId", w.Correlation));
        Assert.NotNull(ActivitySettingsReader.Read<DelaySettings>(Journey.FindActivity("visit-eve")!).Until);
    }

    [Fact]
    public void A_long_wait_for_the_signature_ends_in_a_follow_up_task_that_loops_or_abandons()
    {
        Assert.Equal(TimeSpan.FromDays(15), ActivitySettingsReader.Read<DelaySettings>(Journey.FindActivity("chase-delay")!).DurationValue);
        Assert.Equal(["Relancé", "Abandonné"], ActivitySettingsReader.Read<HumanTaskSettings>(Journey.FindActivity("chase-customer")!).Outcomes);
        Assert.Contains(Journey.Root.Connections, c => c.Source.Activity == "chase-customer" && c.Source.Port == "Relancé" && c.Target.Activity == "chase-delay");
        Assert.Equal(JoinMode.Any, ActivitySettingsReader.Read<JoinSettings>(Journey.FindActivity("signed")!).Mode);
    }

    [Fact]
    public void Loyalty_hands_over_to_after_sales_and_follows_up_satisfaction_thirty_days_after_delivery()
    {
        Assert.Equal(ActivityTypes.Notify, Journey.FindActivity("hand-over")!.Type);
        Assert.Equal(TimeSpan.FromDays(30), ActivitySettingsReader.Read<DelaySettings>(Journey.FindActivity("loyalty-delay")!).DurationValue);
        Assert.Contains("suivi de satisfaction", ActivitySettingsReader.Read<HumanTaskSettings>(Journey.FindActivity("satisfaction-follow-up")!).Title);
    }

    /// <summary>From Start, the happy outcome of each activity (the first connection leaving it).</summary>
    private static List<string> MainPath()
    {
        var path = new List<string> { "start" };
        while (Journey.Root.Connections.Where(c => c.Source.Activity == path[^1]).OrderBy(c => c.Source.Port == "Lost" ? 1 : 0).FirstOrDefault() is { } next
               && path.Count < 50 && !path.Contains(next.Target.Activity))
            path.Add(next.Target.Activity);
        return path;
    }

    /// <summary>Each activity given has an arrow to the next one given.</summary>
    private static bool Reach(params string[] ids) =>
        ids.Zip(ids.Skip(1)).All(pair => Journey.Root.Connections.Any(c => c.Source.Activity == pair.First && c.Target.Activity == pair.Second));
}
