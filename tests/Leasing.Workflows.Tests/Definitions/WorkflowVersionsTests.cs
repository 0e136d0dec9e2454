using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Versions;
using Xunit;
using static Leasing.Workflows.Tests.Definitions.Charts;

namespace Leasing.Workflows.Tests.Definitions;

public class WorkflowVersionsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static WorkflowVersions Ok(VersionResult<WorkflowVersions> result)
    {
        Assert.True(result.Succeeded, result.Refusal);
        return result.Value;
    }

    private static WorkflowVersions PublishedOnce() =>
        Ok(Ok(WorkflowVersions.Of("test").SaveDraft(Valid(), Monday)).Publish(Monday.AddHours(1), KnownCommands));

    [Fact]
    public void A_draft_is_published_as_version_one()
    {
        var draft = Ok(WorkflowVersions.Of("test").SaveDraft(Valid(), Monday));
        Assert.Equal(VersionStatus.Draft, draft.Draft!.Status);
        Assert.Null(draft.Published);

        var published = Ok(draft.Publish(Monday.AddHours(1), KnownCommands));

        Assert.Null(published.Draft);
        Assert.Equal(1, published.Published!.Number);
        Assert.Equal(1, published.Published.Definition.Version);
        Assert.Equal(Monday.AddHours(1), published.Published.PublishedAt);
    }

    [Fact]
    public void Saving_a_draft_again_revises_it_in_place()
    {
        var first = Ok(WorkflowVersions.Of("test").SaveDraft(Valid(), Monday));
        var second = Ok(first.SaveDraft(Valid() with { Name = "Renamed" }, Monday.AddMinutes(5)));

        var draft = Assert.Single(second.Versions);
        Assert.Equal("Renamed", draft.Definition.Name);
        Assert.Equal(Monday.AddMinutes(5), draft.SavedAt);
    }

    [Fact]
    public void Version_numbers_increase_and_publishing_retires_the_previous_version()
    {
        var v1 = PublishedOnce();
        var draft2 = Ok(v1.SaveDraft(Valid() with { Name = "Second" }, Monday.AddDays(1)));
        Assert.Equal(2, draft2.Draft!.Number);

        var v2 = Ok(draft2.Publish(Monday.AddDays(2), KnownCommands));

        Assert.Equal(2, v2.Published!.Number);
        Assert.Equal("Second", v2.Published.Definition.Name);
        Assert.Equal(VersionStatus.Retired, v2.Find(1)!.Status);
        Assert.Equal(Monday.AddDays(2), v2.Find(1)!.RetiredAt);
    }

    [Fact]
    public void A_published_version_is_immutable()
    {
        var v1 = PublishedOnce();

        var revised = v1.Find(1)!.Revise(Valid() with { Name = "Changed" }, Monday.AddDays(1));
        var republished = v1.Find(1)!.Publish(Monday.AddDays(1));

        Assert.False(revised.Succeeded);
        Assert.Contains("published", revised.Refusal);
        Assert.False(republished.Succeeded);

        // Saving after publication opens version 2 and leaves version 1 as it was.
        var next = Ok(v1.SaveDraft(Valid() with { Name = "Changed" }, Monday.AddDays(1)));
        Assert.Equal("Test", next.Find(1)!.Definition.Name);
        Assert.Equal(VersionStatus.Published, next.Find(1)!.Status);
    }

    [Fact]
    public void An_invalid_draft_is_not_published_and_the_errors_are_given()
    {
        var broken = Valid().Without(c => c.Source.Activity == "review");
        var draft = Ok(WorkflowVersions.Of("test").SaveDraft(broken, Monday));

        var result = draft.Publish(Monday, KnownCommands);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.ActivityId == "review");
    }

    [Fact]
    public void Only_a_published_version_can_be_retired_and_only_once()
    {
        var retired = Ok(PublishedOnce().Retire(1, Monday.AddDays(3)));

        Assert.Null(retired.Published);
        Assert.Equal(VersionStatus.Retired, retired.Find(1)!.Status);
        Assert.False(retired.Retire(1, Monday.AddDays(4)).Succeeded);
        Assert.False(Ok(WorkflowVersions.Of("test").SaveDraft(Valid(), Monday)).Retire(1, Monday).Succeeded);
        Assert.False(retired.Retire(9, Monday).Succeeded);
    }

    [Fact]
    public void A_new_draft_can_start_from_a_published_version()
    {
        var drafted = Ok(PublishedOnce().DraftFrom(1, Monday.AddDays(1)));

        Assert.Equal(2, drafted.Draft!.Number);
        Assert.Equal(2, drafted.Draft.Definition.Version);
        Assert.False(drafted.DraftFrom(1, Monday.AddDays(1)).Succeeded); // one draft at a time
    }

    [Fact]
    public void Nothing_to_publish_and_another_definition_are_refused()
    {
        Assert.False(WorkflowVersions.Of("test").Publish(Monday, KnownCommands).Succeeded);
        Assert.False(WorkflowVersions.Of("other").SaveDraft(Valid(), Monday).Succeeded);
    }
}
