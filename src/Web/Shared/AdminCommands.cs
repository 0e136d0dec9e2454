using System.Security.Claims;
using JasperFx;
using Leasing.Kernel.Security;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Leasing.Web.Shared;

public sealed record AdminOutcome(bool Succeeded, string? Message, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    public static readonly AdminOutcome Ok = new(true, null, new Dictionary<string, string[]>());
}

/// <summary>
/// Runs a module's feature (its Validate step and its endpoint method, the very code the HTTP API runs) from an
/// admin page, as the signed-in user, in one transaction: the session's events and the messages the feature sends
/// (timers, integration events) commit together through Wolverine's outbox. A stale version becomes a message.
/// </summary>
public sealed class AdminCommands(IServiceScopeFactory scopes)
{
    public static AdminOutcome FromProblem(ProblemDetails problem) =>
        ReferenceEquals(problem, WolverineContinue.NoProblems)
            ? AdminOutcome.Ok
            : new AdminOutcome(false, problem.Detail ?? problem.Title,
                (problem as HttpValidationProblemDetails)?.Errors.ToDictionary(e => e.Key, e => e.Value) ?? new Dictionary<string, string[]>());

    public Task<AdminOutcome> RunAsync(ClaimsPrincipal user, Func<IDocumentSession, Task<IResult>> feature) =>
        RunAsync(user, (session, _) => feature(session));

    public async Task<AdminOutcome> RunAsync(ClaimsPrincipal user, Func<IDocumentSession, IMessageBus, Task<IResult>> feature)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        await using var session = scope.ServiceProvider.GetRequiredService<IDocumentStore>().LightweightSession();
        session.LastModifiedBy = user.NameOf();
        session.CorrelationId = Guid.NewGuid().ToString("N");
        outbox.Enroll(session);
        try
        {
            var result = await feature(session, outbox);
            if (result is IStatusCodeHttpResult { StatusCode: >= 400 } failed)
            {
                var problem = (result as IValueHttpResult)?.Value as ProblemDetails;
                return problem is null
                    ? new AdminOutcome(false, $"HTTP {failed.StatusCode}", new Dictionary<string, string[]>())
                    : FromProblem(problem) with { Message = problem.Detail ?? problem.Title };
            }
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
