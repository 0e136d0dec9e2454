using System.Security.Claims;
using Leasing.Kernel.Security;
using Leasing.Workflows.Runtime.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Leasing.Workflows.Features;

internal static class WorkflowProblems
{
    public static IResult Forbidden(string detail) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status403Forbidden, Title = "This action is not allowed to you.", Detail = detail,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.4",
    });

    public static IResult Conflict(string detail) => Results.Problem(Kernel.Validation.Problems.Conflict(detail));

    public static IResult NotFound(string what) => Results.Problem(Kernel.Validation.Problems.NotFound(what));

    public static IResult Refused(TaskRefusal refusal) => refusal.Forbidden ? Forbidden(refusal.Reason) : Conflict(refusal.Reason);

    public static TaskActor ActorOf(ClaimsPrincipal user) =>
        new(user.NameOf(), Roles.All.Where(user.IsInRole).ToHashSet(StringComparer.Ordinal));
}
