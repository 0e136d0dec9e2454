using Leasing.Workflows.Runtime.Instances;

namespace Leasing.Workflows.Runtime.Tasks;

/// <summary>Why a task action was refused: <see cref="Forbidden"/> answers 403, otherwise 409 (the task moved on or someone holds it).</summary>
public sealed record TaskRefusal(bool Forbidden, string Reason);

/// <summary>
/// Who may do what with a task. Everyone holding its role (or the escalation role once it is overdue) sees it and
/// may claim it; a claimed task is its claimer's until released; supervisors may act on any task.
/// </summary>
public static class TaskRules
{
    public static bool CanSee(HumanTaskState task, TaskActor actor) =>
        actor.Supervises
        || string.Equals(task.Assignee, actor.UserName, StringComparison.OrdinalIgnoreCase)
        || string.Equals(task.ClaimedBy, actor.UserName, StringComparison.OrdinalIgnoreCase)
        || (task.Assignee is null && task.Role is not null && actor.Roles.Contains(task.Role))
        || (task.Escalated && task.EscalateToRole is not null && actor.Roles.Contains(task.EscalateToRole));

    public static TaskRefusal? Claim(HumanTaskState task, TaskActor actor)
    {
        if (!CanSee(task, actor)) return new(true, "This task is not for you: it belongs to another role or person.");
        if (task.ClaimedBy is { } holder && !string.Equals(holder, actor.UserName, StringComparison.OrdinalIgnoreCase))
            return new(false, $"{holder} has already taken this task.");
        return null;
    }

    public static TaskRefusal? Release(HumanTaskState task, TaskActor actor)
    {
        if (task.ClaimedBy is null) return new(false, "Nobody has taken this task.");
        if (!actor.Supervises && !string.Equals(task.ClaimedBy, actor.UserName, StringComparison.OrdinalIgnoreCase))
            return new(true, "Only the person who took the task, or a supervisor, may release it.");
        return null;
    }

    public static TaskRefusal? Reassign(HumanTaskState task, TaskActor actor) =>
        actor.Supervises || string.Equals(task.ClaimedBy, actor.UserName, StringComparison.OrdinalIgnoreCase)
            ? null
            : new(true, "Only the person holding the task, or a supervisor, may hand it to someone else.");

    /// <summary>Completing an unclaimed task one may claim is allowed: it is claimed and completed in one step.</summary>
    public static TaskRefusal? Complete(HumanTaskState task, TaskActor actor) => Claim(task, actor);
}
