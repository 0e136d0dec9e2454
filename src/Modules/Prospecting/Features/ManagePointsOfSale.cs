using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.PointsOfSale;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Prospecting.Features;

public sealed record PointOfSaleChange(PointOfSaleInput? Settings, long? ExpectedVersion);

/// <summary>Points of sale (calendar, advisors, routing) are managed by sales managers.</summary>
public static class OpenPointOfSaleEndpoint
{
    [Authorize(Policy = Policies.SalesManagement)]
    [WolverinePost("/api/points-of-sale", Name = "OpenPointOfSale")]
    [Tags("Points of sale")]
    public static async Task<IResult> Post(PointOfSaleInput input, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var errors = new FieldErrors().Required(input.Code, "code");
        var settings = input.Read(errors);
        var code = input.Code?.Trim().ToUpperInvariant();
        if (code is not null && await session.Query<PointOfSale>().AnyAsync(p => p.Code == code, cancellation))
            errors.Add("code", $"The code '{code}' is taken.");
        if (errors.Any) return Results.Problem(errors.ToProblem());

        var id = Guid.CreateVersion7();
        var (hours, advisors, routing) = settings!.Value;
        session.Events.StartStream<PointOfSale>(id, new PointOfSaleOpened(id, code!, input.Name!.Trim(), hours, advisors, routing, clock.GetUtcNow()));
        return Results.Created($"/api/points-of-sale/{id}", new StreamWritten(id, 1));
    }
}

public static class ChangePointOfSaleEndpoint
{
    public static ProblemDetails Validate(PointOfSaleChange command) =>
        new FieldErrors().When(command.Settings is null, "settings", "'settings' is required.").ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.SalesManagement)]
    [WolverinePut("/api/points-of-sale/{id}", Name = "ChangePointOfSale")]
    [Tags("Points of sale")]
    public static Task<IResult> Put(Guid id, PointOfSaleChange command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        VersionedStream.AppendAsync<PointOfSale>(session, id, command.ExpectedVersion!.Value, "Point of sale", _ =>
        {
            var errors = new FieldErrors();
            var settings = command.Settings!.Read(errors);
            if (settings is null) return Decision.Refuse(errors.ToProblem());
            var (hours, advisors, routing) = settings.Value;
            return Decision.Append(new PointOfSaleChanged(id, command.Settings.Name!.Trim(), hours, advisors, routing, clock.GetUtcNow()));
        }, cancellation);
}

public static class PointOfSaleQueries
{
    [Authorize(Policy = Policies.Sales)]
    [WolverineGet("/api/points-of-sale", Name = "ListPointsOfSale")]
    [Tags("Points of sale")]
    public static Task<IReadOnlyList<PointOfSale>> List(IQuerySession session, CancellationToken cancellation) =>
        session.Query<PointOfSale>().OrderBy(p => p.Code).ToListAsync(cancellation);
}
