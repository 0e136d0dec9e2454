using System.Security.Claims;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Workflows.Features;
using Leasing.Workflows.Runtime.Tasks;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Workflows.ReadModels;

public sealed record InboxTask(HumanTaskView Task, bool Overdue);

public sealed record TaskPage(IReadOnlyList<InboxTask> Items, long Total, int Page, int PageSize);

/// <summary>
/// The task inbox. mine: what I hold or was given; available: open tasks of my roles nobody holds (and those
/// escalated to one of my roles); team: every open task of my roles; all: everything (supervisors).
/// Sorted by due time, the most urgent first; tasks without a due time last.
/// </summary>
public static class TaskInbox
{
    public static readonly string[] Views = ["mine", "available", "team", "all"];

    [Authorize(Policy = Policies.Authenticated)]
    [WolverineGet("/api/workflows/tasks", Name = "TaskInbox")]
    [Tags("Workflow tasks")]
    public static async Task<IResult> Get(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellation,
        [FromQuery] string? view, [FromQuery] string? status, [FromQuery] string? correlationKey, [FromQuery] int? page, [FromQuery] int? pageSize)
    {
        var errors = new FieldErrors()
            .When(view is not null && !Views.Contains(view), "view", $"One of: {string.Join(", ", Views)}.")
            .When(page < 1, "page", "'page' starts at 1.")
            .When(pageSize is < 1 or > 200, "pageSize", "Between 1 and 200.");
        var wanted = errors.Enum<HumanTaskStatus>(status, "status", required: false);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var actor = WorkflowProblems.ActorOf(user);
        if (view == "all" && !actor.Supervises && !actor.Roles.Contains(Roles.ProcessOwner))
            return WorkflowProblems.Forbidden("Only supervisors and process owners see every task.");
        return Results.Ok(await PageAsync(session, actor, view ?? "mine", wanted ?? HumanTaskStatus.Open, correlationKey, page ?? 1, pageSize ?? 25,
            clock.GetUtcNow(), cancellation));
    }

    public static async Task<TaskPage> PageAsync(IQuerySession session, TaskActor actor, string view, HumanTaskStatus status, string? correlationKey,
        int page, int pageSize, DateTimeOffset now, CancellationToken cancellation)
    {
        var filters = TaskFilters.For(actor, view, status, correlationKey);
        // The page and the count in one round trip, as two statements: Marten's paged list counts with a window function over
        // the sorted rows, which sorts every matching task (documents and all) for each page; a plain count reads no document.
        var batch = session.CreateBatchQuery();
        var total = batch.Query<HumanTaskView>().WhereAll(filters).Count();
        var tasks = batch.Query<HumanTaskView>().WhereAll(filters)
            .OrderBy(t => t.DueAt).ThenBy(t => t.OpenedAt).Skip((page - 1) * pageSize).Take(pageSize).ToList();
        await batch.Execute(cancellation);
        return new TaskPage((await tasks).Select(t => new InboxTask(t, t.IsOverdue(now))).ToList(), await total, page, pageSize);
    }

    [Authorize(Policy = Policies.Authenticated)]
    [WolverineGet("/api/workflows/tasks/{id}", Name = "GetTask")]
    [Tags("Workflow tasks")]
    public static async Task<IResult> GetOne(Guid id, IQuerySession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellation)
    {
        if (await session.LoadAsync<HumanTaskView>(id, cancellation) is not { } task) return WorkflowProblems.NotFound("The task");
        var actor = WorkflowProblems.ActorOf(user);
        var state = new Runtime.Instances.HumanTaskState(task.Title, task.Role, task.Assignee, task.ClaimedBy, task.DueAt, task.EscalateToRole,
            task.Escalated, task.FormFields, task.Outcomes);
        if (!TaskRules.CanSee(state, actor) && !actor.Roles.Contains(Roles.ProcessOwner) && task.CompletedBy != actor.UserName)
            return WorkflowProblems.Forbidden("This task belongs to another role or person.");
        return Results.Ok(new InboxTask(task, task.IsOverdue(clock.GetUtcNow())));
    }
}
