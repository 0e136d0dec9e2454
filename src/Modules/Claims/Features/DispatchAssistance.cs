using Leasing.Claims.Domain;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Integration = Leasing.Claims.IntegrationEvents;

namespace Leasing.Claims.Features;

/// <param name="DispatchedAt">When the assistance provider took the mission (now when not given).</param>
/// <param name="TowedTo">Where the vehicle is taken (garage, pound): required when it is towed.</param>
public sealed record DispatchAssistance(string? Provider, string? Reference, bool? Towing, string? TowedTo, DateTimeOffset? DispatchedAt,
    DateTimeOffset? ExpectedOnSiteAt, long? ExpectedVersion);

/// <summary>Towing and roadside assistance sent to the driver: the provider, its mission reference, when it should be on site.</summary>
public static class DispatchAssistanceEndpoint
{
    public static ProblemDetails Validate(DispatchAssistance command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion)
        .Required(command.Provider, "provider")
        .Required(command.Towing, "towing")
        .When(command.Towing == true && string.IsNullOrWhiteSpace(command.TowedTo), "towedTo", "Say where the vehicle is towed (garage, pound).")
        .When(command.ExpectedOnSiteAt < command.DispatchedAt, "expectedOnSiteAt", "Cannot be before the dispatch.")
        .ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/assistance", Name = "DispatchAssistance")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, DispatchAssistance command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, claim => Decide(claim, command, clock.GetUtcNow()), cancellation);

    public static ClaimDecision Decide(Claim claim, DispatchAssistance command, DateTimeOffset now)
    {
        if (!ClaimActions.Allowed(claim).Contains(ClaimAction.DispatchAssistance))
            return ClaimProblems.NotAllowed(claim, ClaimAction.DispatchAssistance, claim.Assistance is null ? null : "Assistance was already dispatched.");
        var dispatchedAt = command.DispatchedAt ?? now;
        if (dispatchedAt > now.AddMinutes(5)) return Problems.Field("dispatchedAt", "Cannot be in the future.");
        var assistance = new AssistanceInfo(command.Provider!.Trim(), command.Reference, command.Towing!.Value, command.TowedTo, dispatchedAt, command.ExpectedOnSiteAt);
        return ClaimDecision.Append(new AssistanceSent(claim.Id, assistance, now),
            new Integration.AssistanceDispatched(claim.Id, claim.ContractId, assistance.Provider, assistance.Reference, assistance.Towing, assistance.TowedTo,
                dispatchedAt, command.ExpectedOnSiteAt, now));
    }
}
