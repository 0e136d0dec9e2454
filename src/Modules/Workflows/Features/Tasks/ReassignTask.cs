using System.Security.Claims;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Workflows.Runtime.Instances;
using Leasing.Workflows.Runtime.Tasks;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Workflows.Features.Tasks;

/// <param name="ToUser">The user who gets the task; or</param>
/// <param name="ToRole">the role whose members may take it.</param>
public sealed record ReassignTask(string? ToUser, string? ToRole);

public static class ReassignTaskEndpoint
{
    public static ProblemDetails Validate(ReassignTask command) => new FieldErrors()
        .When(string.IsNullOrWhiteSpace(command.ToUser) && string.IsNullOrWhiteSpace(command.ToRole), "toUser", "Give a user (toUser) or a role (toRole).")
        .When(command.ToRole is not null && !Roles.IsKnown(command.ToRole), "toRole", $"One of: {string.Join(", ", Roles.All)}.")
        .ToProblem();

    [Authorize(Policy = Policies.Authenticated)]
    [WolverinePost("/api/workflows/tasks/{id}/reassign", Name = "ReassignTask")]
    [Tags("Workflow tasks")]
    public static Task<IResult> Post(Guid id, ReassignTask command, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var actor = WorkflowProblems.ActorOf(user);
        return TaskCommands.ActAsync(session, id, (task, _) => TaskRules.Reassign(task, actor) is { } refusal
            ? (refusal, null)
            : (null, new TaskReassigned(id, string.IsNullOrWhiteSpace(command.ToUser) ? null : command.ToUser.Trim(), command.ToRole, actor.UserName,
                clock.GetUtcNow())), cancellation);
    }
}
