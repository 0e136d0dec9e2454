using Leasing.Claims.Domain;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Integration = Leasing.Claims.IntegrationEvents;

namespace Leasing.Claims.Features;

/// <param name="CompletedOn">Today when not given.</param>
public sealed record CompleteRepair(DateOnly? CompletedOn, long? ExpectedVersion);

/// <summary>The garage says the authorised repair is done.</summary>
public static class CompleteRepairEndpoint
{
    public static ProblemDetails Validate(CompleteRepair command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/repair-completion", Name = "CompleteRepair")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, CompleteRepair command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, claim => Decide(claim, command, clock.Today(), clock.GetUtcNow()),
            cancellation);

    public static ClaimDecision Decide(Claim claim, CompleteRepair command, DateOnly today, DateTimeOffset now)
    {
        if (!ClaimActions.Allowed(claim).Contains(ClaimAction.CompleteRepair))
            return ClaimProblems.NotAllowed(claim, ClaimAction.CompleteRepair, claim.Repair?.AuthorisedAmount is null ? "The repair is not authorised." : "The repair is already done.");
        var on = command.CompletedOn ?? today;
        if (on > today) return Problems.Field("completedOn", "Cannot be in the future.");
        if (on < DateOnly.FromDateTime(claim.Repair!.AuthorisedAt!.Value.UtcDateTime)) return Problems.Field("completedOn", "Before the repair was authorised.");
        return ClaimDecision.Append(new RepairFinished(claim.Id, on, now), new Integration.RepairCompleted(claim.Id, claim.ContractId, claim.Repair.Garage, on, now));
    }
}
