using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Validation;
using Xunit;
using static Leasing.Workflows.Tests.Definitions.Charts;

namespace Leasing.Workflows.Tests.Definitions;

public class DefinitionValidatorTests
{
    private static IReadOnlyList<DefinitionError> Validate(WorkflowDefinition definition) => DefinitionValidator.Validate(definition, KnownCommands);

    /// <summary>The one error about the activity, whose message names it, on the field given.</summary>
    private static DefinitionError AssertError(IReadOnlyList<DefinitionError> errors, string activityId, string field, string messagePart)
    {
        var error = Assert.Single(errors, e => e.ActivityId == activityId && e.Field == field);
        Assert.Contains($"'{activityId}'", error.Message);
        Assert.Contains(messagePart, error.Message, StringComparison.OrdinalIgnoreCase);
        return error;
    }

    [Fact]
    public void A_valid_definition_has_no_errors() => Assert.Empty(Validate(Valid()));

    [Fact]
    public void A_definition_without_start_is_refused()
    {
        var definition = Valid().Replacing(Activity("start", "End"));

        var error = Assert.Single(Validate(definition), e => e.Field == "activities");
        Assert.Contains("no Start", error.Message);
    }

    [Fact]
    public void A_second_start_is_refused()
    {
        var definition = Valid().WithActivities(Activity("start-again", "Start")).WithConnections(Arrow("start-again", "decide"));

        AssertError(Validate(definition), "start-again", "type", "exactly one Start");
    }

    [Fact]
    public void An_unknown_activity_type_is_refused()
    {
        var definition = Valid().WithActivities(Activity("print", "WriteLine")).WithConnections(Arrow("decide", "print", "True"));

        AssertError(Validate(definition), "print", "type", "'WriteLine' is not an activity type");
    }

    [Fact]
    public void Connections_to_and_from_unknown_activities_are_refused()
    {
        var definition = Valid().WithConnections(Arrow("review", "ghost", "Approve"), Arrow("phantom", "done"));
        var errors = Validate(definition);

        AssertError(errors, "ghost", "connections[5].target.activity", "no activity has it");
        AssertError(errors, "phantom", "connections[6].source.activity", "no activity has it");
    }

    [Fact]
    public void A_port_the_activity_does_not_offer_is_refused()
    {
        var definition = Valid().WithConnections(Arrow("decide", "done", "Maybe"));

        AssertError(Validate(definition), "decide", "connections[5].source.port", "no outcome 'Maybe'");
    }

    [Fact]
    public void An_input_port_other_than_in_is_refused()
    {
        var definition = Valid().WithConnections(new Connection(new("review", "Approve"), new("done", "Side")));

        AssertError(Validate(definition), "done", "connections[5].target.port", "'Side' is not an input port");
    }

    [Fact]
    public void An_activity_start_cannot_reach_is_refused()
    {
        var definition = Valid().WithActivities(Activity("island", "Notify", new { role = "BackOffice", message = "hi" }))
            .WithConnections(Arrow("island", "done"));

        AssertError(Validate(definition), "island", "connections", "cannot be reached");
    }

    [Fact]
    public void An_outcome_without_connection_is_refused_but_an_end_needs_none()
    {
        var definition = Valid().Without(c => c.Source is { Activity: "review", Port: "Reject" });
        var errors = Validate(definition);

        AssertError(errors, "review", "outcomes.Reject", "'Reject' is not connected");
        Assert.DoesNotContain(errors, e => e.ActivityId == "done");
    }

    [Fact]
    public void An_end_with_an_outgoing_connection_is_refused()
    {
        var definition = Valid().WithActivities(Activity("after", "End")).WithConnections(Arrow("done", "after"));

        AssertError(Validate(definition), "done", "connections[5]", "cannot lead to 'after'");
    }

    [Fact]
    public void A_join_without_a_fork_upstream_is_refused()
    {
        var definition = Definition(
            [Activity("start", "Start"), Activity("decide", "Decision", new { condition = "true" }), Activity("join", "Join"), Activity("end", "End")],
            [Arrow("start", "decide"), Arrow("decide", "join", "True"), Arrow("decide", "join", "False"), Arrow("join", "end")]);

        AssertError(Validate(definition), "join", "connections", "no matching Fork");
    }

    [Fact]
    public void A_join_whose_branches_all_come_from_one_fork_is_accepted()
    {
        var definition = Definition(
            [
                Activity("start", "Start"), Activity("fork", "Fork", new { branches = new[] { "Credit", "Documents" } }),
                Activity("credit", "HumanTask", Task("Done")), Activity("documents", "HumanTask", Task("Done")),
                Activity("join", "Join", new { mode = "all" }), Activity("end", "End"),
            ],
            [
                Arrow("start", "fork"), Arrow("fork", "credit", "Credit"), Arrow("fork", "documents", "Documents"),
                Arrow("credit", "join"), Arrow("documents", "join"), Arrow("join", "end"),
            ]);

        Assert.Empty(Validate(definition));
    }

    [Fact]
    public void A_join_fed_also_from_outside_its_fork_is_refused()
    {
        var definition = Definition(
            [
                Activity("start", "Start"), Activity("decide", "Decision", new { condition = "true" }),
                Activity("fork", "Fork", new { branches = new[] { "A", "B" } }), Activity("join", "Join"), Activity("end", "End"),
            ],
            [
                Arrow("start", "decide"), Arrow("decide", "fork", "True"), Arrow("decide", "join", "False"),
                Arrow("fork", "join", "A"), Arrow("fork", "join", "B"), Arrow("join", "end"),
            ]);

        AssertError(Validate(definition), "join", "connections", "no matching Fork");
    }

    [Fact]
    public void An_expression_that_does_not_parse_is_refused()
    {
        var definition = Valid().Replacing(Activity("decide", "Decision", new { condition = "variables.amount >" }));

        AssertError(Validate(definition), "decide", "inputs.condition", "not valid JavaScript");
    }

    [Fact]
    public void Expressions_in_switch_cases_command_inputs_and_waits_are_parsed_too()
    {
        var definition = Definition(
            [
                Activity("start", "Start"),
                Activity("route", "Switch", new { cases = new[] { new { name = "Big", condition = "variables.amount >>> " } } }),
                Activity("send", "SendCommand", new { command = "QualifyLead", inputs = new Dictionary<string, string> { ["leadId"] = "variables.(" } }),
                Activity("wait", "WaitForEvent", new { eventType = "QuoteAccepted", correlation = "input." }),
                Activity("end", "End"),
            ],
            [Arrow("start", "route"), Arrow("route", "send", "Big"), Arrow("route", "wait", "Default"), Arrow("send", "end"), Arrow("wait", "end")],
            new VariableDefinition("amount", "number"));
        var errors = Validate(definition);

        AssertError(errors, "route", "inputs.cases[0].condition", "not valid JavaScript");
        AssertError(errors, "send", "inputs.inputs.leadId", "not valid JavaScript");
        AssertError(errors, "wait", "inputs.correlation", "not valid JavaScript");
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void A_trigger_correlation_that_does_not_parse_is_refused()
    {
        var definition = Valid() with { Triggers = [new WorkflowTrigger("LeadCaptured", "input.leadId +")] };

        var error = Assert.Single(Validate(definition));
        Assert.Equal("triggers[0].correlation", error.Field);
        Assert.Contains("LeadCaptured", error.Message);
    }

    [Fact]
    public void A_command_outside_the_catalogue_is_refused()
    {
        var definition = Valid().WithActivities(
                Activity("send", "SendCommand", new { command = "LaunchRocket" }),
                Activity("ok", "SendCommand", new { command = "QualifyLead" }))
            .Without(c => c.Source is { Activity: "review", Port: "Approve" })
            .WithConnections(Arrow("review", "send", "Approve"), Arrow("send", "ok"), Arrow("ok", "done"));
        var errors = Validate(definition);

        AssertError(errors, "send", "inputs.command", "'LaunchRocket' is not a command");
        Assert.Single(errors);
    }

    [Fact]
    public void A_human_task_without_outcomes_is_refused()
    {
        var definition = Valid().Replacing(Activity("review", "HumanTask", new { title = "Review", role = "BackOffice", outcomes = Array.Empty<string>() }))
            .Without(c => c.Source.Activity == "review");

        AssertError(Validate(definition), "review", "inputs.outcomes", "at least one outcome");
    }

    [Fact]
    public void A_human_task_for_nobody_or_for_an_unknown_role_is_refused()
    {
        var nobody = Valid().Replacing(Activity("review", "HumanTask", new { title = "Review", outcomes = new[] { "Approve", "Reject" } }));
        AssertError(Validate(nobody), "review", "inputs.role", "role or an assignee");

        var unknownRole = Valid().Replacing(Activity("review", "HumanTask", new { title = "Review", role = "Janitor", outcomes = new[] { "Approve", "Reject" } }));
        AssertError(Validate(unknownRole), "review", "inputs.role", "'Janitor' is not a role");

        var assignee = Valid().Replacing(Activity("review", "HumanTask", new { title = "Review", assignee = "claire", outcomes = new[] { "Approve", "Reject" } }));
        Assert.Empty(Validate(assignee));
    }

    [Fact]
    public void Escalation_needs_a_due_time()
    {
        var definition = Valid().Replacing(Activity("review", "HumanTask",
            new { title = "Review", role = "BackOffice", outcomes = new[] { "Approve", "Reject" }, escalateToRole = "SalesManager" }));

        AssertError(Validate(definition), "review", "inputs.escalateToRole", "needs 'dueIn'");
    }

    [Fact]
    public void Invalid_durations_are_refused()
    {
        var definition = Valid()
            .Replacing(Activity("review", "HumanTask", new { title = "Review", role = "BackOffice", outcomes = new[] { "Approve", "Reject" }, dueIn = "4 hours" }))
            .WithActivities(Activity("wait", "Delay", new { duration = "P1M" }))
            .Without(c => c.Source is { Activity: "decide", Port: "False" })
            .WithConnections(Arrow("decide", "wait", "False"), Arrow("wait", "done"));
        var errors = Validate(definition);

        AssertError(errors, "review", "inputs.dueIn", "'4 hours' is not a duration");
        AssertError(errors, "wait", "inputs.duration", "'P1M' is not a duration");
    }

    [Fact]
    public void A_delay_needs_exactly_one_of_duration_and_until()
    {
        var definition = Valid().WithActivities(Activity("wait", "Delay", new { duration = "2d", until = "variables.date" }))
            .Without(c => c.Source is { Activity: "decide", Port: "False" })
            .WithConnections(Arrow("decide", "wait", "False"), Arrow("wait", "done"));

        AssertError(Validate(definition), "wait", "inputs.duration", "not both");
    }

    [Fact]
    public void Duplicate_activity_ids_are_refused()
    {
        var definition = Valid().WithActivities(Activity("review", "Notify", new { role = "BackOffice", message = "hi" }));

        AssertError(Validate(definition), "review", "id", "same id");
    }

    [Fact]
    public void A_variable_of_an_unknown_type_is_refused()
    {
        var definition = Valid() with { Variables = [new VariableDefinition("amount", "number"), new VariableDefinition("when", "datetime2")] };

        var error = Assert.Single(Validate(definition));
        Assert.Equal("variables[1].type", error.Field);
        Assert.Contains("'when'", error.Message);
        Assert.Contains("'datetime2'", error.Message);
    }

    [Fact]
    public void Setting_an_undeclared_variable_is_refused()
    {
        var definition = Valid().WithActivities(Activity("set", "SetVariable", new { variable = "score", value = "42" }))
            .Without(c => c.Source is { Activity: "decide", Port: "False" })
            .WithConnections(Arrow("decide", "set", "False"), Arrow("set", "done"));

        AssertError(Validate(definition), "set", "inputs.variable", "'score' is not a variable");
    }

    [Fact]
    public void A_misspelt_input_is_refused_rather_than_ignored()
    {
        var definition = Valid().Replacing(Activity("review", "HumanTask",
            new { title = "Review", role = "BackOffice", outcomes = new[] { "Approve", "Reject" }, dueln = "4h" }));

        AssertError(Validate(definition), "review", "inputs", "dueln");
    }

    [Fact]
    public void Every_error_of_a_badly_broken_chart_is_reported_at_once()
    {
        var definition = Valid()
            .Replacing(Activity("decide", "Decision", new { condition = "((" }))
            .WithActivities(Activity("island", "Teleport"))
            .WithConnections(Arrow("done", "decide"));

        var errors = Validate(definition);

        Assert.Contains(errors, e => e.ActivityId == "decide" && e.Field == "inputs.condition");
        Assert.Contains(errors, e => e.ActivityId == "island" && e.Field == "type");
        Assert.Contains(errors, e => e.ActivityId == "island" && e.Field == "connections");
        Assert.Contains(errors, e => e.ActivityId == "done" && e.Field == "connections[5]");
        Assert.All(errors.Where(e => e.ActivityId is not null), e => Assert.Contains($"'{e.ActivityId}'", e.Message));
    }
}
