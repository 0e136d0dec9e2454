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

    /// <summary>What the feature answered when it succeeded (e.g. the draft number, a dry run's report), as the API would send it.</summary>
    public object? Value { get; init; }

    /// <summary>The HTTP status the API would have answered on failure: 400 (bad input), 403, 404, 409 (stale version or refused state change).</summary>
    public int? Status { get; init; }

    /// <summary>The answer as JSON, to read a feature's anonymous answer (<c>new { draft = 2 }</c>) the way an API client would.</summary>
    public System.Text.Json.JsonElement ValueJson() =>
        System.Text.Json.JsonSerializer.SerializeToElement(Value, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
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

    /// <summary>What a stale expected version (someone else changed the object first) is reported as.</summary>
    public static string StaleMessage => L.T("Cet objet a été modifié entre-temps : rechargez la page.", "This object was changed meanwhile: reload the page.");

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
                    ? new AdminOutcome(false, $"HTTP {failed.StatusCode}", new Dictionary<string, string[]>()) { Status = failed.StatusCode }
                    : FromProblem(problem) with { Message = problem.Detail ?? problem.Title, Status = failed.StatusCode };
            }
            await session.SaveChangesAsync();
            return AdminOutcome.Ok with { Value = (result as IValueHttpResult)?.Value };
        }
        catch (ConcurrencyException)
        {
            return new AdminOutcome(false, StaleMessage, new Dictionary<string, string[]>()) { Status = StatusCodes.Status409Conflict };
        }
    }
}
