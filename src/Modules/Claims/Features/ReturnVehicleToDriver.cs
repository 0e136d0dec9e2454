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
public sealed record ReturnVehicleToDriver(DateOnly? ReturnedOn, long? ExpectedVersion);

/// <summary>The repaired vehicle is back with its driver.</summary>
public static class ReturnVehicleToDriverEndpoint
{
    public static ProblemDetails Validate(ReturnVehicleToDriver command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/vehicle-return", Name = "ReturnVehicleToDriver")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, ReturnVehicleToDriver command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, claim => Decide(claim, command, clock.Today(), clock.GetUtcNow()),
            cancellation);

    public static ClaimDecision Decide(Claim claim, ReturnVehicleToDriver command, DateOnly today, DateTimeOffset now)
    {
        if (!ClaimActions.Allowed(claim).Contains(ClaimAction.ReturnVehicleToDriver))
            return ClaimProblems.NotAllowed(claim, ClaimAction.ReturnVehicleToDriver, "The repair must be finished first.");
        var on = command.ReturnedOn ?? today;
        if (on > today) return Problems.Field("returnedOn", "Cannot be in the future.");
        if (on < claim.Repair!.CompletedOn) return Problems.Field("returnedOn", "Before the repair was finished.");
        return ClaimDecision.Append(new VehicleHandedBack(claim.Id, on, now), new Integration.VehicleReturnedToDriver(claim.Id, claim.ContractId, on, now));
    }
}
