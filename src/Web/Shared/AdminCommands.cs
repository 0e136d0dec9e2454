using System.Security.Claims;
using JasperFx;
using Leasing.Kernel.Security;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Web.Shared;

public sealed record AdminOutcome(bool Succeeded, string? Message, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    public static readonly AdminOutcome Ok = new(true, null, new Dictionary<string, string[]>());
}

/// <summary>
/// Runs a module's feature (its Validate step and its endpoint method, the very code the HTTP API runs) from an
/// admin page, as the signed-in user, in one transaction. A stale version becomes a message, not a lost update.
/// </summary>
public sealed class AdminCommands(IDocumentStore store)
{
    public static AdminOutcome FromProblem(ProblemDetails problem) =>
        ReferenceEquals(problem, WolverineContinue.NoProblems)
            ? AdminOutcome.Ok
            : new AdminOutcome(false, problem.Detail ?? problem.Title,
                (problem as HttpValidationProblemDetails)?.Errors.ToDictionary(e => e.Key, e => e.Value) ?? new Dictionary<string, string[]>());

    public async Task<AdminOutcome> RunAsync(ClaimsPrincipal user, Func<IDocumentSession, Task<IResult>> feature)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = user.NameOf();
        session.CorrelationId = Guid.NewGuid().ToString("N");
        try
        {
            var result = await feature(session);
            if (result is IStatusCodeHttpResult { StatusCode: >= 400 } failed)
                return new AdminOutcome(false, (result as IValueHttpResult)?.Value is ProblemDetails p ? p.Title : $"HTTP {failed.StatusCode}",
                    new Dictionary<string, string[]>());
            await session.SaveChangesAsync();
            return AdminOutcome.Ok;
        }
        catch (ConcurrencyException)
        {
            return new AdminOutcome(false, L.T("Cet objet a été modifié entre-temps : rechargez la page.",
                "This object was changed meanwhile: reload the page."), new Dictionary<string, string[]>());
        }
    }
}
