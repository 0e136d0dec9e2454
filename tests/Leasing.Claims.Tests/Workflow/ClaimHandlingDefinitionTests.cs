using System.Text.Json.Nodes;
using Leasing.Workflows.Commands;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Activities;
using Leasing.Workflows.Definitions.Validation;

namespace Leasing.Claims.Tests.Workflow;

/// <summary>The shipped <c>workflows/claim-handling.json</c>: what the validator and the process owners rely on.</summary>
public sealed class ClaimHandlingDefinitionTests
{
    private static readonly string Json = File.ReadAllText(Path.Combine(Repository.Root(), "workflows", "claim-handling.json"));
    private static readonly WorkflowDefinition Definition = WorkflowJson.Read(Json);
    private static readonly IReadOnlySet<string> Commands = WorkflowCommands.All.Select(c => c.Name).ToHashSet();

    private static T Settings<T>(string id) where T : ActivitySettings => ActivitySettingsReader.Read<T>(Definition.FindActivity(id)!);

    [Fact]
    public void It_passes_validation_with_the_command_catalogue() => Assert.Empty(DefinitionValidator.Validate(Definition, Commands));

    [Fact]
    public void It_would_not_pass_without_the_claims_commands_in_the_catalogue()
    {
        var errors = DefinitionValidator.Validate(Definition, new HashSet<string>());
        Assert.Contains(errors, e => e.ToString().Contains("TriageClaim"));
    }

    [Fact]
    public void The_file_round_trips_through_the_model_without_losing_anything() =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json), JsonNode.Parse(WorkflowJson.Write(Definition))));

    [Fact]
    public void It_is_started_by_a_declared_claim_correlated_by_its_id()
    {
        var trigger = Assert.Single(Definition.Triggers);
        Assert.Equal(("ClaimDeclared", "input.claimId"), (trigger.EventType, trigger.Correlation));
        Assert.All(Definition.Root.Activities.Where(a => a.Type == ActivityTypes.WaitForEvent),
            a => Assert.Equal("input.claimId", ActivitySettingsReader.Read<WaitForEventSettings>(a).Correlation));
    }

    [Fact]
    public void Triage_is_due_in_15_minutes_when_the_vehicle_cannot_be_driven_and_escalates_to_the_senior_handler()
    {
        Assert.Equal("variables.drivable === true", Settings<DecisionSettings>("drivable").Condition);
        Assert.Contains(Definition.Root.Connections, c => c.Source.Activity == "drivable" && c.Source.Port == "False" && c.Target.Activity == "triage-urgent");
        var urgent = Settings<HumanTaskSettings>("triage-urgent");
        var normal = Settings<HumanTaskSettings>("triage");
        Assert.Equal(TimeSpan.FromMinutes(15), urgent.DueInDuration);
        Assert.True(normal.DueInDuration > urgent.DueInDuration);
        Assert.All([urgent, normal], t => Assert.Equal(("ClaimsHandler", "SeniorClaimsHandler"), (t.Role, t.EscalateToRole)));
        Assert.Equal(["Dépannage", "Expertise", "Sans suite"], urgent.Outcomes);
    }

    [Fact]
    public void Every_triage_outcome_reaches_the_claim_through_the_TriageClaim_command()
    {
        foreach (var (port, route) in new[] { ("Dépannage", "'Assistance'"), ("Expertise", "'Expertise'"), ("Sans suite", "'NoFollowUp'") })
        {
            var target = Definition.Root.Connections.Single(c => c.Source.Activity == "triage" && c.Source.Port == port).Target.Activity;
            var command = Settings<SendCommandSettings>(target);
            Assert.Equal("TriageClaim", command.Command);
            Assert.Equal(route, command.Inputs["route"]);
        }
    }

    [Fact]
    public void The_SLAs_in_working_days_are_timers_on_the_dates_Claims_computed_with_an_escalation_task_for_the_senior_handler()
    {
        Assert.Equal("variables.expertDueBy", Settings<DelaySettings>("expert-sla").Until);
        Assert.Equal("variables.authorisationDueBy", Settings<DelaySettings>("authorisation-sla").Until);
        Assert.Equal("SeniorClaimsHandler", Settings<HumanTaskSettings>("escalate-expert").Role);
        Assert.Equal("SeniorClaimsHandler", Settings<HumanTaskSettings>("escalate-authorisation").Role);
        Assert.Equal(JoinMode.Any, Settings<JoinSettings>("expert-appointed").Mode);
    }

    [Fact]
    public void A_quote_above_the_expert_figure_waits_for_the_senior_handler_whose_outcome_is_sent_to_Claims()
    {
        Assert.Equal("RepairApprovalRequested", Settings<WaitForEventSettings>("wait-approval-requested").EventType);
        var approval = Settings<HumanTaskSettings>("approve-repair");
        Assert.Equal("SeniorClaimsHandler", approval.Role);
        Assert.Equal(["Approuver", "Refuser"], approval.Outcomes);
        Assert.Equal("true", Settings<SendCommandSettings>("send-approval").Inputs["approved"]);
        Assert.Equal("false", Settings<SendCommandSettings>("send-refusal").Inputs["approved"]);
        Assert.Contains(Definition.Root.Connections, c => c.Source.Activity == "send-refusal" && c.Target.Activity == "wait-approval-requested");
    }

    [Fact]
    public void A_total_loss_waits_for_the_contract_terminated_by_Contracts()
    {
        Assert.Equal("input.totalLoss === true", Settings<DecisionSettings>("total-loss").Condition);
        Assert.Contains(Definition.Root.Connections, c => c.Source.Activity == "total-loss" && c.Source.Port == "True" && c.Target.Activity == "total-loss-step");
        Assert.Equal("TotalLossContractTerminated", Settings<WaitForEventSettings>("wait-termination").EventType);
    }

    [Fact]
    public void A_closed_claim_ends_the_instance_at_whatever_step_it_stands()
    {
        Assert.Equal(["Dossier", "Clôture"], Settings<ForkSettings>("watch").Branches);
        Assert.Equal("ClaimClosed", Settings<WaitForEventSettings>("wait-claim-closed").EventType);
        Assert.Contains(Definition.Root.Connections, c => c.Source.Activity == "wait-claim-closed" && c.Target.Activity == "claim-closed");
    }

    [Fact]
    public void Every_activity_has_French_words_for_where_is_this_claim() =>
        Assert.All(Definition.Root.Activities, a => Assert.False(string.IsNullOrWhiteSpace(a.Name), a.Id));

    [Fact]
    public void The_three_tracks_each_end_in_one_funnel_so_the_final_join_sees_one_arrival_per_track()
    {
        var into = Definition.Root.Connections.Where(c => c.Target.Activity == "tracks-done").Select(c => c.Source.Activity).Order().ToArray();
        Assert.Equal(["insurer-done", "mobility-done", "vehicle-done"], into);
        Assert.Equal(JoinMode.All, Settings<JoinSettings>("tracks-done").Mode);
    }
}
