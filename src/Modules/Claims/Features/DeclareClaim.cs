using System.Security.Claims;
using Leasing.Claims.Domain;
using Leasing.Kernel.Security;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Claims.Features;

/// <summary>
/// A claim declared by the hotline operator (the driver on the phone) or by the fleet manager of the vehicle's company.
/// Everything is checked before anything is stored: the statement, the attachments, then the vehicle (under a running
/// contract, and of the fleet manager's own company).
/// </summary>
public static class DeclareClaimEndpoint
{
    [Authorize(Policy = Policies.DeclareClaims)]
    [WolverinePost("/api/claims", Name = "DeclareClaim")]
    [Tags("Claims")]
    public static async Task<IResult> Post(ClaimStatement statement, ClaimsPrincipal user, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation)
    {
        var (errors, kind, attachments) = ClaimDeclaration.Check(statement, clock.GetUtcNow());
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var (vehicle, vehicleErrors) = await ClaimDeclaration.FindVehicleAsync(session, statement, cancellation);
        if (vehicleErrors.Any) return Results.Problem(vehicleErrors.ToProblem());

        var fleetManager = ClaimAccess.IsFleetManagerOnly(user);
        if (fleetManager && !ClaimAccess.CanSee(user, vehicle!.CompanyId))
            return Results.Problem(ClaimProblems.Forbidden("This vehicle is not in your company's fleet."));
        var channel = fleetManager ? DeclarationChannel.FleetManager : DeclarationChannel.Hotline;
        return await ClaimDeclaration.OpenAsync(session, bus, statement, kind!.Value, attachments, vehicle!, channel, user.NameOf(), clock, cancellation);
    }
}
