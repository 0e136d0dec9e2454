namespace Leasing.Workflows.Definitions.Versions;

/// <summary>
/// One numbered version of a definition and where it stands: draft → published → retired, never backwards.
/// Only a draft may be revised; a published version is frozen because instances run on it and their history
/// must keep meaning what it meant.
/// </summary>
public sealed record DefinitionVersion
{
    public required string DefinitionId { get; init; }

    public required int Number { get; init; }

    public required WorkflowDefinition Definition { get; init; }

    public VersionStatus Status { get; init; } = VersionStatus.Draft;

    public DateTimeOffset SavedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset? RetiredAt { get; init; }

    public static DefinitionVersion Draft(int number, WorkflowDefinition definition, DateTimeOffset at) => new()
    {
        DefinitionId = definition.DefinitionId, Number = number, Definition = definition with { Version = number }, SavedAt = at,
    };

    public VersionResult<DefinitionVersion> Revise(WorkflowDefinition definition, DateTimeOffset at)
    {
        if (Status != VersionStatus.Draft)
            return VersionResult<DefinitionVersion>.Refuse($"Version {Number} of '{DefinitionId}' is {Status.ToString().ToLowerInvariant()} and cannot be changed; start a new draft.");
        if (definition.DefinitionId != DefinitionId)
            return VersionResult<DefinitionVersion>.Refuse($"The definition '{definition.DefinitionId}' is not '{DefinitionId}'.");
        return VersionResult<DefinitionVersion>.Ok(this with { Definition = definition with { Version = Number }, SavedAt = at });
    }

    /// <summary>Draft → published. Validation is the caller's (<see cref="WorkflowVersions.Publish"/>) so this stays a state change.</summary>
    public VersionResult<DefinitionVersion> Publish(DateTimeOffset at) => Status == VersionStatus.Draft
        ? VersionResult<DefinitionVersion>.Ok(this with { Status = VersionStatus.Published, PublishedAt = at })
        : VersionResult<DefinitionVersion>.Refuse($"Version {Number} of '{DefinitionId}' is {Status.ToString().ToLowerInvariant()}; only a draft can be published.");

    public VersionResult<DefinitionVersion> Retire(DateTimeOffset at) => Status == VersionStatus.Published
        ? VersionResult<DefinitionVersion>.Ok(this with { Status = VersionStatus.Retired, RetiredAt = at })
        : VersionResult<DefinitionVersion>.Refuse($"Version {Number} of '{DefinitionId}' is {Status.ToString().ToLowerInvariant()}; only a published version can be retired.");
}
