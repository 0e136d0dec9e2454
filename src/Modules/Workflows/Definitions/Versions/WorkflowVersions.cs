using Leasing.Workflows.Definitions.Validation;
using Leasing.Workflows.Expressions;

namespace Leasing.Workflows.Definitions.Versions;

/// <summary>
/// All versions of one definition. Numbers go up by one per definition and are never reused; there is at most
/// one draft (the next number) and at most one published version: publishing a draft retires the version it
/// replaces, whose running instances finish on it.
/// </summary>
public sealed record WorkflowVersions
{
    public required string DefinitionId { get; init; }

    public IReadOnlyList<DefinitionVersion> Versions { get; init; } = [];

    public DefinitionVersion? Draft => Versions.FirstOrDefault(v => v.Status == VersionStatus.Draft);

    public DefinitionVersion? Published => Versions.FirstOrDefault(v => v.Status == VersionStatus.Published);

    public DefinitionVersion? Find(int number) => Versions.FirstOrDefault(v => v.Number == number);

    public static WorkflowVersions Of(string definitionId) => new() { DefinitionId = definitionId };

    /// <summary>Creates the draft (numbered after every existing version) or revises the one there is.</summary>
    public VersionResult<WorkflowVersions> SaveDraft(WorkflowDefinition definition, DateTimeOffset at)
    {
        if (definition.DefinitionId != DefinitionId)
            return VersionResult<WorkflowVersions>.Refuse($"The definition '{definition.DefinitionId}' is not '{DefinitionId}'.");
        if (Draft is not { } draft)
            return VersionResult<WorkflowVersions>.Ok(this with { Versions = [.. Versions, DefinitionVersion.Draft(NextNumber, definition, at)] });
        var revised = draft.Revise(definition, at);
        return revised.Succeeded ? VersionResult<WorkflowVersions>.Ok(Replace(revised.Value)) : VersionResult<WorkflowVersions>.Refuse(revised.Refusal);
    }

    /// <summary>A new draft copied from an existing version: how a published version is "edited".</summary>
    public VersionResult<WorkflowVersions> DraftFrom(int number, DateTimeOffset at)
    {
        if (Draft is { } draft)
            return VersionResult<WorkflowVersions>.Refuse($"Version {draft.Number} of '{DefinitionId}' is already a draft; edit it or publish it first.");
        return Find(number) is { } source
            ? SaveDraft(source.Definition, at)
            : VersionResult<WorkflowVersions>.Refuse($"'{DefinitionId}' has no version {number}.");
    }

    /// <summary>Publishes the draft if it validates; the previously published version is retired at the same instant.</summary>
    public VersionResult<WorkflowVersions> Publish(DateTimeOffset at, IReadOnlySet<string> commands, ExpressionSandbox? sandbox = null)
    {
        if (Draft is not { } draft)
            return VersionResult<WorkflowVersions>.Refuse($"'{DefinitionId}' has no draft to publish.");
        var errors = DefinitionValidator.Validate(draft.Definition, commands, sandbox);
        if (errors.Count > 0)
            return VersionResult<WorkflowVersions>.Refuse($"Version {draft.Number} of '{DefinitionId}' has {errors.Count} error(s).", errors);

        var state = this;
        if (Published is { } current) state = state.Replace(current.Retire(at).Value!);
        return VersionResult<WorkflowVersions>.Ok(state.Replace(draft.Publish(at).Value!));
    }

    public VersionResult<WorkflowVersions> Retire(int number, DateTimeOffset at)
    {
        if (Find(number) is not { } version)
            return VersionResult<WorkflowVersions>.Refuse($"'{DefinitionId}' has no version {number}.");
        var retired = version.Retire(at);
        return retired.Succeeded ? VersionResult<WorkflowVersions>.Ok(Replace(retired.Value)) : VersionResult<WorkflowVersions>.Refuse(retired.Refusal);
    }

    private int NextNumber => Versions.Count == 0 ? 1 : Versions.Max(v => v.Number) + 1;

    private WorkflowVersions Replace(DefinitionVersion version) =>
        this with { Versions = Versions.Select(v => v.Number == version.Number ? version : v).ToList() };
}
