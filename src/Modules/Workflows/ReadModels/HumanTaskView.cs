using System.Text.Json.Nodes;
using Leasing.Workflows.Definitions.Activities;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Marten.Patching;
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

/// <summary>
/// Inline: a completed task leaves the inbox in the same transaction that advanced its instance. Written without
/// reading: the task is stored whole when it opens and patched field by field afterwards, so a task action costs no
/// extra round trip to load the view.
/// </summary>
public sealed partial class HumanTaskProjection : EventProjection
{
    public HumanTaskView Create(TaskOpened e) => new()
    {
        Id = e.TaskId, InstanceId = e.InstanceId, ActivityId = e.ActivityId, DefinitionId = e.DefinitionId, DefinitionName = e.DefinitionName,
        CorrelationKey = e.CorrelationKey, Title = e.Title, Description = e.Description, Role = e.Role, Assignee = e.Assignee,
        FormFields = e.FormFields, Outcomes = e.Outcomes, OpenedAt = e.At, DueAt = e.DueAt, EscalateToRole = e.EscalateToRole,
    };

    public void Project(TaskClaimed e, IDocumentOperations operations) => operations.Patch<HumanTaskView>(e.TaskId).Set(t => t.ClaimedBy, e.By);

    public void Project(TaskReleased e, IDocumentOperations operations) => operations.Patch<HumanTaskView>(e.TaskId).Set(t => t.ClaimedBy, null);

    public void Project(TaskReassigned e, IDocumentOperations operations)
    {
        var patch = operations.Patch<HumanTaskView>(e.TaskId).Set(t => t.Assignee, e.ToUser).Set(t => t.ClaimedBy, null);
        if (e.ToRole is not null) patch.Set(t => t.Role, e.ToRole);
    }

    public void Project(TaskEscalated e, IDocumentOperations operations) => operations.Patch<HumanTaskView>(e.TaskId).Set(t => t.Escalated, true);

    /// <summary>Who completed it also counts as its holder when nobody had claimed it (the inbox's "mine, done" view).</summary>
    public void Project(TaskCompleted e, IDocumentOperations operations) => operations.Patch<HumanTaskView>(e.TaskId)
        .Set(t => t.Status, HumanTaskStatus.Completed).Set(t => t.Outcome, e.Outcome).Set(t => t.Fields, e.Fields).Set(t => t.CompletedBy, e.By)
        .Set(t => t.ClosedAt, e.At);

    public void Project(TaskCancelled e, IDocumentOperations operations) => operations.Patch<HumanTaskView>(e.TaskId)
        .Set(t => t.Status, HumanTaskStatus.Cancelled).Set(t => t.ClosedAt, e.At);
}
