using System.Text.Json.Nodes;
using Leasing.Workflows.Definitions.Activities;
using Leasing.Workflows.Runtime.Instances;
using Marten.Events.Projections;

namespace Leasing.Workflows.ReadModels;

public enum HumanTaskStatus { Open, Completed, Cancelled }

/// <summary>A task as the inbox lists it, across every instance: filtered by role, assignee, claimer, status and due time in the database.</summary>
public sealed record HumanTaskView
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public string ActivityId { get; init; } = "";
    public string DefinitionId { get; init; } = "";
    public string DefinitionName { get; init; } = "";
    public string? CorrelationKey { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string? Role { get; init; }
    public string? Assignee { get; init; }
    public string? ClaimedBy { get; init; }
    public IReadOnlyList<FormField> FormFields { get; init; } = [];
    public IReadOnlyList<string> Outcomes { get; init; } = [];
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public string? EscalateToRole { get; init; }
    public bool Escalated { get; init; }
    public HumanTaskStatus Status { get; init; }
    public string? Outcome { get; init; }
    public JsonObject? Fields { get; init; }
    public string? CompletedBy { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    public bool IsOverdue(DateTimeOffset now) => Status == HumanTaskStatus.Open && DueAt is { } due && due < now;
}

/// <summary>Inline: a completed task leaves the inbox in the same transaction that advanced its instance.</summary>
public sealed partial class HumanTaskProjection : MultiStreamProjection<HumanTaskView, Guid>
{
    public HumanTaskProjection()
    {
        Identity<TaskOpened>(e => e.TaskId);
        Identity<TaskClaimed>(e => e.TaskId);
        Identity<TaskReleased>(e => e.TaskId);
        Identity<TaskReassigned>(e => e.TaskId);
        Identity<TaskEscalated>(e => e.TaskId);
        Identity<TaskCompleted>(e => e.TaskId);
        Identity<TaskCancelled>(e => e.TaskId);
    }

    public static HumanTaskView Create(TaskOpened e) => new()
    {
        Id = e.TaskId, InstanceId = e.InstanceId, ActivityId = e.ActivityId, DefinitionId = e.DefinitionId, DefinitionName = e.DefinitionName,
        CorrelationKey = e.CorrelationKey, Title = e.Title, Description = e.Description, Role = e.Role, Assignee = e.Assignee,
        FormFields = e.FormFields, Outcomes = e.Outcomes, OpenedAt = e.At, DueAt = e.DueAt, EscalateToRole = e.EscalateToRole,
    };

    public static HumanTaskView Apply(TaskClaimed e, HumanTaskView view) => view with { ClaimedBy = e.By };

    public static HumanTaskView Apply(TaskReleased e, HumanTaskView view) => view with { ClaimedBy = null };

    public static HumanTaskView Apply(TaskReassigned e, HumanTaskView view) => view with { Assignee = e.ToUser, Role = e.ToRole ?? view.Role, ClaimedBy = null };

    public static HumanTaskView Apply(TaskEscalated e, HumanTaskView view) => view with { Escalated = true };

    public static HumanTaskView Apply(TaskCompleted e, HumanTaskView view) => view with
    {
        Status = HumanTaskStatus.Completed, Outcome = e.Outcome, Fields = e.Fields, CompletedBy = e.By, ClaimedBy = view.ClaimedBy ?? e.By, ClosedAt = e.At,
    };

    public static HumanTaskView Apply(TaskCancelled e, HumanTaskView view) => view with { Status = HumanTaskStatus.Cancelled, ClosedAt = e.At };
}
