using System.Security.Claims;
using Leasing.Kernel.Security;
using Leasing.Workflows.Runtime.Instances;
using Leasing.Workflows.Runtime.Tasks;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Leasing.Workflows.Features.Tasks;

/// <summary>Takes a task: it leaves the others' "available" list and is the claimer's until released or completed.</summary>
public static class ClaimTaskEndpoint
{
    [Authorize(Policy = Policies.Authenticated)]
    [WolverinePost("/api/workflows/tasks/{id}/claim", Name = "ClaimTask")]
    [Tags("Workflow tasks")]
    public static Task<IResult> Post(Guid id, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var actor = WorkflowProblems.ActorOf(user);
        return TaskCommands.ActAsync(session, id, (task, _) => TaskRules.Claim(task, actor) is { } refusal
            ? (refusal, null)
            : (null, task.ClaimedBy is null ? new TaskClaimed(id, actor.UserName, clock.GetUtcNow()) : null), cancellation);
    }
}

/// <summary>Gives a task back to its role's available list.</summary>
public static class ReleaseTaskEndpoint
{
    [Authorize(Policy = Policies.Authenticated)]
    [WolverinePost("/api/workflows/tasks/{id}/release", Name = "ReleaseTask")]
    [Tags("Workflow tasks")]
    public static Task<IResult> Post(Guid id, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var actor = WorkflowProblems.ActorOf(user);
        return TaskCommands.ActAsync(session, id, (task, _) => TaskRules.Release(task, actor) is { } refusal
            ? (refusal, null)
            : (null, new TaskReleased(id, actor.UserName, clock.GetUtcNow())), cancellation);
    }
}
