using System.Security.Claims;
using Leasing.Contracts.Domain;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Contracts.ReadModels;

public sealed record MileagePoint(DateOnly Date, int OdometerKm);

/// <summary>
/// The contract page's mileage chart: the allowance as a straight line from the delivery odometer to the end, the
/// readings, and the projection from the last reading to the end at the pace driven so far.
/// </summary>
public sealed record MileageChartData(IReadOnlyList<MileagePoint> Allowance, IReadOnlyList<MileagePoint> Readings, IReadOnlyList<MileagePoint> Projection,
    decimal? DeviationPercent, int AllowanceKm, int? ProjectedKm)
{
    public static MileageChartData? For(Contract contract)
    {
        if (contract.StartsOn is not { } start || contract.EndsOn is not { } end || contract.DeliveryOdometerKm is not { } delivered) return null;
        var allowance = contract.Terms.ContractMileageKm;
        var readings = new List<MileagePoint> { new(start, delivered) };
        readings.AddRange(contract.Readings.Select(r => new MileagePoint(r.ReadOn, r.OdometerKm)));
        var forecast = contract.Forecast;
        IReadOnlyList<MileagePoint> projection = forecast is null || contract.LastReadOn is not { } lastOn || contract.LastOdometerKm is not { } lastKm
            ? []
            : [new MileagePoint(lastOn, lastKm), new MileagePoint(end, delivered + forecast.ProjectedKm)];
        return new MileageChartData([new(start, delivered), new(end, delivered + allowance)], readings, projection, forecast?.DeviationPercent, allowance,
            forecast?.ProjectedKm);
    }

    [Authorize(Policy = Policies.ContractReading)]
    [WolverineGet("/api/contracts/{id}/mileage", Name = "GetContractMileage")]
    [Tags("Contracts")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        await ContractQueries.ReadableAsync(session, id, user, cancellation) is { } contract && For(contract) is { } chart
            ? Results.Ok(chart)
            : Results.Problem(Problems.NotFound("Mileage of a running contract"));
}
