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

/// <param name="ReturnedOn">Today when not given.</param>
public sealed record ReturnReplacementVehicle(DateOnly? ReturnedOn, long? ExpectedVersion);

/// <summary>The replacement vehicle is back: the days used count against the year's allowance; days beyond those granted are the customer's.</summary>
public static class ReturnReplacementVehicleEndpoint
{
    public static ProblemDetails Validate(ReturnReplacementVehicle command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/replacement-vehicle/return", Name = "ReturnReplacementVehicle")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, ReturnReplacementVehicle command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, claim => Decide(claim, command, clock.Today(), clock.GetUtcNow()),
            cancellation);

    public static ClaimDecision Decide(Claim claim, ReturnReplacementVehicle command, DateOnly today, DateTimeOffset now)
    {
        if (claim.Replacement is not { IsOut: true } loan) return ClaimProblems.NotAllowed(claim, ClaimAction.ReturnReplacementVehicle, "No replacement vehicle is out.");
        var returnedOn = command.ReturnedOn ?? today;
        if (returnedOn < loan.StartsOn) return Problems.Field("returnedOn", $"Before the loan started ({loan.StartsOn:yyyy-MM-dd}).");
        if (returnedOn > today) return Problems.Field("returnedOn", "Cannot be in the future.");
        var used = ReplacementAllowance.DaysUsed(loan.StartsOn, returnedOn);
        var excess = Math.Max(0, used - loan.DaysGranted);
        return ClaimDecision.Append(new ReplacementVehicleBack(claim.Id, returnedOn, used, excess, now),
            new Integration.ReplacementVehicleReturned(claim.Id, claim.ContractId, returnedOn, used, excess, now));
    }
}
