using System.Text.Json.Nodes;
using Leasing.Workflows.Definitions.Activities;

namespace Leasing.Workflows.Runtime.Instances;

// Human tasks live in their instance's stream: completing one and advancing the instance is one append, so two
// people completing the same task cannot both advance it (the second append fails the version check).

/// <summary>A HumanTask activity opened a task. It carries what the inbox shows, so the inbox needs no definition lookup.</summary>
public sealed record TaskOpened(
    Guid TaskId, Guid InstanceId, string ActivityId, string DefinitionId, string DefinitionName, string? CorrelationKey,
    string Title, string? Description, string? Role, string? Assignee, IReadOnlyList<FormField> FormFields,
    IReadOnlyList<string> Outcomes, DateTimeOffset? DueAt, string? EscalateToRole, DateTimeOffset At);

public sealed record TaskClaimed(Guid TaskId, string By, DateTimeOffset At);

public sealed record TaskReleased(Guid TaskId, string By, DateTimeOffset At);

/// <summary>Given to a user, or handed to another role; a claim by someone else is dropped.</summary>
public sealed record TaskReassigned(Guid TaskId, string? ToUser, string? ToRole, string By, DateTimeOffset At);

/// <summary>The task passed its due time: the escalation role now sees it too.</summary>
public sealed record TaskEscalated(Guid TaskId, string ToRole, DateTimeOffset At);

public sealed record TaskCompleted(Guid TaskId, string ActivityId, string Outcome, JsonObject Fields, string By, DateTimeOffset At);

public sealed record TaskCancelled(Guid TaskId, string ActivityId, string Reason, DateTimeOffset At);
