using System.Security.Claims;
using Claim = Leasing.Claims.Domain.Claim;
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

/// <param name="WriteOffReason">Required when the balance is not nil: why the lessor absorbs what was not recovered.</param>
public sealed record CloseClaimRequest(string? WriteOffReason, long? ExpectedVersion);

/// <summary>
/// Closes the claim once nothing is left open (replacement vehicle back, repair done and returned, insurer settled,
/// contract terminated after a total loss). A balance left over is written off with a reason.
/// </summary>
public static class CloseClaimEndpoint
{
    public static ProblemDetails Validate(CloseClaimRequest command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/close", Name = "CloseClaim")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, CloseClaimRequest command, ClaimsPrincipal user, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value,
            claim => Decide(claim, command.WriteOffReason, user.NameOf(), clock.GetUtcNow()), cancellation);

    public static ClaimDecision Decide(Claim claim, string? writeOffReason, string by, DateTimeOffset now)
    {
        if (ClaimClosure.Blockers(claim) is { Count: > 0 } blockers)
            return ClaimProblems.NotAllowed(claim, ClaimAction.Close, string.Join(" ", blockers));
        var balance = claim.Ledger.Balance;
        if (balance != 0m && string.IsNullOrWhiteSpace(writeOffReason))
            return Problems.Field("writeOffReason", $"The balance is {balance:0.00} €: say why it is written off, or record what is missing (invoice, payout).");
        var outcome = ClaimClosure.OutcomeOf(claim);
        return ClaimDecision.Append(new ClaimFinalised(claim.Id, outcome, balance, balance == 0m ? null : writeOffReason!.Trim(), now),
            new Integration.ClaimClosed(claim.Id, claim.ContractId, outcome.ToString(), balance, by, now));
    }
}

/// <summary>The closure task's outcome from the workflow: closed when nothing is open and the balance is nil; otherwise the refusal is on the timeline.</summary>
public static class CloseClaimHandler
{
    public static Task Handle(Integration.CloseClaim command, IDocumentSession session, IMessageContext context, TimeProvider clock,
        CancellationToken cancellation) =>
        WorkflowRequests.ApplyAsync(session, context, command.ClaimId, "CloseClaim", command.RequestedBy, clock,
            claim => CloseClaimEndpoint.Decide(claim, null, WorkflowRequests.Actor(session, command.RequestedBy), clock.GetUtcNow()), cancellation);
}
