using Leasing.Claims.Domain;
using Leasing.Kernel.EventSourcing;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;

namespace Leasing.Claims.Features;

/// <summary>What a claim command decides: the events to append (or a refusal) and the integration messages that go with them.</summary>
public sealed record ClaimDecision(Decision Decision, IReadOnlyList<object> Messages)
{
    public static ClaimDecision Append(object @event, params object[] messages) => new(Decision.Append(@event), messages);

    public static ClaimDecision AppendMany(IEnumerable<object> events, params object[] messages) => new(Decision.Append(events.ToArray()), messages);

    public static ClaimDecision Refuse(ProblemDetails problem) => new(Decision.Refuse(problem), []);

    public static implicit operator ClaimDecision(ProblemDetails problem) => Refuse(problem);
}

/// <summary>
/// The shared path of every claim command: the claim read for writing at the version the caller saw (a different one
/// is a 409), the decision, then the events and their integration messages in one transaction (Wolverine's outbox):
/// a workflow is never told of a step the claim did not record.
/// </summary>
internal static class ClaimWrites
{
    public static async Task<IResult> AppendAsync(IDocumentSession session, IMessageBus bus, Guid claimId, long expectedVersion,
        Func<Claim, ClaimDecision> decide, CancellationToken cancellation)
    {
        IReadOnlyList<object> messages = [];
        var result = await VersionedStream.AppendAsync<Claim>(session, claimId, expectedVersion, "Claim", claim =>
        {
            var decision = decide(claim);
            if (decision.Decision.Refusal is null) messages = decision.Messages;
            return decision.Decision;
        }, cancellation);
        foreach (var message in messages) await bus.PublishAsync(message);
        return result;
    }
}
