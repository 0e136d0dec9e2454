using Leasing.Claims.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Leasing.Claims.Features;

internal static class ClaimProblems
{
    /// <summary>A step recorded out of order (a report before any expert, a second authorisation): a 409 listing what is possible now.</summary>
    public static ProblemDetails NotAllowed(Claim claim, ClaimAction action, string? why = null) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = $"'{action}' cannot be recorded on claim {claim.Number} at this step ({claim.Stage}).",
        Detail = (why is null ? "" : why + " ") + $"Possible now: {string.Join(", ", ClaimActions.Allowed(claim))}.",
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
    };

    public static ProblemDetails Forbidden(string detail) => new()
    {
        Status = StatusCodes.Status403Forbidden,
        Title = "This action is not allowed to you.",
        Detail = detail,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.4",
    };
}
