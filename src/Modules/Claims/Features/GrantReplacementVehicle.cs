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

/// <param name="Category">The contract's category when not given; another one is refused (the contract says which).</param>
/// <param name="StartsOn">Today when not given.</param>
public sealed record GrantReplacementVehicle(int? Days, string? Category, DateOnly? StartsOn, string? Provider, long? ExpectedVersion);

/// <summary>
/// A replacement vehicle lent while the driver's is immobilised, when the contract includes one: in its category, for at
/// most the days left this contract year (the allowance counts every claim of the contract).
/// </summary>
public static class GrantReplacementVehicleEndpoint
{
    public static ProblemDetails Validate(GrantReplacementVehicle command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion)
        .Required(command.Days, "days").When(command.Days < 1, "days", "At least one day.")
        .ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/replacement-vehicle", Name = "GrantReplacementVehicle")]
    [Tags("Claims")]
    public static async Task<IResult> Post(Guid id, GrantReplacementVehicle command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation)
    {
        var current = await session.LoadAsync<Claim>(id, cancellation);
        var otherLoans = current is null ? [] : await session.Query<Claim>()
            .Where(c => c.ContractId == current.ContractId && c.Id != id && c.Replacement != null).Select(c => c.Replacement!).ToListAsync(cancellation);
        return await ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value,
            claim => Decide(claim, command, otherLoans, clock.Today(), clock.GetUtcNow()), cancellation);
    }

    public static ClaimDecision Decide(Claim claim, GrantReplacementVehicle command, IEnumerable<ReplacementVehicleLoan> otherLoans, DateOnly today,
        DateTimeOffset now)
    {
        var coverage = claim.Coverage;
        if (!coverage.ReplacementVehicleIncluded)
            return Problems.Field("replacementVehicle", $"The contract {claim.Vehicle.ContractNumber} does not include a replacement vehicle.");
        if (!ClaimActions.Allowed(claim).Contains(ClaimAction.GrantReplacementVehicle))
            return ClaimProblems.NotAllowed(claim, ClaimAction.GrantReplacementVehicle, "A replacement vehicle was already lent on this claim.");
        var category = string.IsNullOrWhiteSpace(command.Category) ? coverage.ReplacementVehicleCategory ?? "—" : command.Category.Trim();
        if (coverage.ReplacementVehicleCategory is { } contractCategory && !string.Equals(category, contractCategory, StringComparison.OrdinalIgnoreCase))
            return Problems.Field("category", $"The contract provides a category {contractCategory} vehicle.");
        var startsOn = command.StartsOn ?? today;
        if (startsOn < today.AddDays(-7)) return Problems.Field("startsOn", "More than a week ago: record it on the day the vehicle is lent.");
        var left = ReplacementAllowance.DaysLeft(coverage.ReplacementVehicleDaysAllowedPerYear, claim.Vehicle.DeliveredOn, startsOn, otherLoans);
        if (command.Days > left)
            return Problems.Field("days", $"{left} day(s) left this contract year (the contract allows {coverage.ReplacementVehicleDaysAllowedPerYear} a year).");
        var days = command.Days!.Value;
        var returnOn = startsOn.AddDays(days);
        return ClaimDecision.Append(new ReplacementVehicleLent(claim.Id, category, days, startsOn, returnOn, command.Provider, now),
            new Integration.ReplacementVehicleGranted(claim.Id, claim.ContractId, category, days, coverage.ReplacementVehicleDaysAllowedPerYear, left - days,
                startsOn, returnOn, command.Provider, now));
    }
}
