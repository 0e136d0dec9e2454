using Leasing.Claims.Domain;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Wolverine.Http;

namespace Leasing.Claims.Features;

/// <summary>The claim number and the tracking code the driver received at declaration (sent in the body, kept out of URLs and logs).</summary>
public sealed record TrackClaim(string? Number, string? TrackingCode);

/// <summary>What the driver sees of their claim: its step and dates, the garage and the replacement vehicle; no money, no other party.</summary>
public sealed record DriverClaimView(string Number, string Registration, string Vehicle, ClaimStage Stage, DateTimeOffset DeclaredAt,
    DateOnly? ReplacementReturnDue, string? ReplacementCategory, string? Garage, DateOnly? RepairCompletedOn, DateOnly? VehicleReturnedOn, DateTimeOffset? ClosedAt);

public static class TrackClaimEndpoint
{
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.PublicPerClient)]
    [WolverinePost("/api/public/claims/track", Name = "TrackClaim")]
    [Tags("Claims (public)")]
    public static async Task<IResult> Post(TrackClaim request, IQuerySession session, CancellationToken cancellation)
    {
        var errors = new FieldErrors().Required(request.Number, "number").Required(request.TrackingCode, "trackingCode");
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var number = request.Number!.Trim().ToUpperInvariant();
        var claim = await session.Query<Claim>().Where(c => c.Number == number).FirstOrDefaultAsync(cancellation);
        // A wrong number and a wrong code get the same answer: nothing tells a stranger which claims exist.
        if (claim is null || !TrackingCodes.Matches(claim.Id, request.TrackingCode, claim.TrackingCodeHash))
            return Results.Problem(Problems.NotFound("Claim"));
        return Results.Ok(new DriverClaimView(claim.Number, claim.Registration, $"{claim.Vehicle.Make} {claim.Vehicle.Model}", claim.Stage, claim.DeclaredAt,
            claim.Replacement?.ExpectedReturnOn, claim.Replacement?.Category, claim.Repair?.Garage, claim.Repair?.CompletedOn, claim.Repair?.ReturnedToDriverOn,
            claim.ClosedAt));
    }
}
