using Leasing.Claims.Domain;
using Marten;
using Wolverine;

namespace Leasing.Claims.Features;

/// <summary>
/// The shared path of the commands workflows send (a task's outcome): the claim at its current version, the decision,
/// and when it no longer applies a <see cref="ClaimRequestRefused"/> on the timeline so the handler sees why nothing
/// happened. The person who completed the task is the event's user (Wolverine relays it); the workflow otherwise.
/// </summary>
internal static class WorkflowRequests
{
    public static async Task ApplyAsync(IDocumentSession session, IMessageContext context, Guid claimId, string request, string requestedBy,
        TimeProvider clock, Func<Claim, ClaimDecision> decide, CancellationToken cancellation)
    {
        if (string.IsNullOrEmpty(session.LastModifiedBy)) session.LastModifiedBy = context.Envelope?.UserName ?? requestedBy;
        var stream = await session.Events.FetchForWriting<Claim>(claimId, cancellation);
        if (stream.Aggregate is not { } claim) return; // no such claim: nothing to record it on
        var decision = decide(claim);
        if (decision.Decision.Refusal is { } refusal)
        {
            stream.AppendOne(new ClaimRequestRefused(claimId, request, Reason(refusal), clock.GetUtcNow()));
            return;
        }
        stream.AppendMany(decision.Decision.Events.ToArray());
        foreach (var message in decision.Messages) await context.PublishAsync(message);
    }

    /// <summary>The refusal in words, with each field's message (a validation problem's title alone says nothing).</summary>
    private static string Reason(Microsoft.AspNetCore.Mvc.ProblemDetails refusal) => refusal is Microsoft.AspNetCore.Http.HttpValidationProblemDetails validation
        ? string.Join(" ", validation.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
        : string.Join(" ", new[] { refusal.Title, refusal.Detail }.Where(t => !string.IsNullOrWhiteSpace(t)));

    public static string Actor(IDocumentSession session, string requestedBy) => session.LastModifiedBy ?? requestedBy;
}
