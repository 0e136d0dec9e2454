using Leasing.Workflows.Definitions.Activities;

namespace Leasing.Workflows.Runtime.Instances;

public enum BookmarkKind { Task, Event, Timer, SubWorkflow }

/// <summary>
/// A place where a branch of the instance waits, and what resumes it: a task's completion, an event, a timer, a
/// child instance. Its id is the task, timer or child id, so every resume names exactly one wait and a second
/// resume of the same wait finds nothing to do.
/// </summary>
public sealed record Bookmark(Guid Id, string ActivityId, BookmarkKind Kind, DateTimeOffset Since)
{
    public string? EventType { get; init; }
    public string? CorrelationExpression { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public HumanTaskState? Task { get; init; }
}

/// <summary>An open task as the instance knows it: enough to check who may claim or complete it, and with what.</summary>
public sealed record HumanTaskState(
    string Title, string? Role, string? Assignee, string? ClaimedBy, DateTimeOffset? DueAt, string? EscalateToRole, bool Escalated,
    IReadOnlyList<FormField> FormFields, IReadOnlyList<string> Outcomes);

/// <summary>An activity that failed and waits for a person to retry it, skip it or cancel the instance.</summary>
public sealed record Incident(Guid Id, string ActivityId, string Reason, DateTimeOffset At);

public enum InstanceStatus { Running, Waiting, Faulted, Completed, Cancelled }
