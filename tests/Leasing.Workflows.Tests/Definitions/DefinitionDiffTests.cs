using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Diff;
using Xunit;
using static Leasing.Workflows.Tests.Definitions.Charts;

namespace Leasing.Workflows.Tests.Definitions;

public class DefinitionDiffTests
{
    [Fact]
    public void Identical_definitions_have_no_differences()
    {
        var diff = DefinitionDiff.Between(Valid(), Valid());

        Assert.True(diff.IsEmpty);
        Assert.Equal("No changes.", diff.ToString());
    }

    [Fact]
    public void Added_removed_and_changed_activities_and_connections_are_listed()
    {
        var after = Valid()
            .Replacing(Activity("review", "HumanTask", new { title = "Review", role = "SalesManager", outcomes = new[] { "Approve", "Reject" }, dueIn = "4h" }))
            .Replacing(Activity("decide", "Decision", new { condition = "variables.amount > 20000" }))
            .WithActivities(Activity("remind", "Notify", new { role = "BackOffice", message = "Rejected" }))
            .Without(c => c.Source is { Activity: "review", Port: "Reject" })
            .WithConnections(Arrow("review", "remind", "Reject"), Arrow("remind", "done"));

        var diff = DefinitionDiff.Between(Valid(), after);

        Assert.Equal("remind", Assert.Single(diff.AddedActivities).Id);
        Assert.Empty(diff.RemovedActivities);
        Assert.Equal(["decide", "review"], diff.ChangedActivities.Select(c => c.ActivityId).Order());
        Assert.Equal(["role"], diff.ChangedActivities.Single(c => c.ActivityId == "review").ChangedInputs);
        Assert.Equal(["review.Reject → remind", "remind.Done → done"], diff.AddedConnections.Select(c => c.ToString()));
        Assert.Equal(["review.Reject → done"], diff.RemovedConnections.Select(c => c.ToString()));

        var text = diff.ToString();
        Assert.Contains("+ activity 'remind' (Notify)", text);
        Assert.Contains("~ activity 'review' (HumanTask): inputs role", text);
        Assert.Contains("~ activity 'decide' (Decision): inputs condition", text);
        Assert.Contains("+ connection review.Reject → remind", text);
        Assert.Contains("- connection review.Reject → done", text);
    }

    [Fact]
    public void Removed_activities_type_changes_and_added_or_removed_inputs_are_listed()
    {
        var before = Valid().WithActivities(Activity("old", "Notify", new { role = "BackOffice", message = "x" }));
        var after = Valid().Replacing(Activity("review", "HumanTask", new { title = "Review", role = "BackOffice", outcomes = new[] { "Approve", "Reject" } }))
            .Replacing(Activity("decide", "Switch", new { cases = new[] { new { name = "Big", condition = "true" } } }));

        var diff = DefinitionDiff.Between(before, after);

        Assert.Equal("old", Assert.Single(diff.RemovedActivities).Id);
        Assert.Equal(["dueIn"], diff.ChangedActivities.Single(c => c.ActivityId == "review").ChangedInputs);
        var decide = diff.ChangedActivities.Single(c => c.ActivityId == "decide");
        Assert.True(decide.TypeChanged);
        Assert.Contains("type Decision → Switch", diff.ToString());
        Assert.Contains("- activity 'old' (Notify)", diff.ToString());
    }

    [Fact]
    public void Moving_an_activity_is_not_a_change_but_variables_triggers_and_the_name_are()
    {
        var after = Valid().Replacing(Valid().FindActivity("review")! with { Position = new DesignerPosition(10, 10) })
            with
            {
                Name = "Renamed",
                Variables = [new VariableDefinition("amount", "string"), new VariableDefinition("score", "number")],
                Triggers = [new WorkflowTrigger("QuoteAccepted", "input.leadId")],
            };

        var lines = DefinitionDiff.Between(Valid(), after).Lines();

        Assert.Equal(
            ["~ name 'Test' → 'Renamed'", "+ variable 'score' (number)", "~ variable 'amount': type number → string",
             "+ trigger QuoteAccepted by input.leadId", "- trigger LeadCaptured by input.leadId"],
            lines);
    }
}
