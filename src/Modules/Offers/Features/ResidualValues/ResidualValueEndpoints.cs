using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.ResidualValues;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Offers.Features.ResidualValues;

public sealed record SetResidualValueRate(string? Segment, int? TermMonths, int? AnnualMileageKm, decimal? Percent, long? ExpectedVersion);

public sealed record ImportResidualValues(string? Csv, string? Source, long? ExpectedVersion);

/// <summary>The residual-value table: read by advisors, edited and imported by sales managers.</summary>
public static class ReadResidualValuesEndpoint
{
    [Authorize(Policy = Policies.Sales)]
    [WolverineGet("/api/residual-values", Name = "GetResidualValues")]
    [Tags("Residual values")]
    public static Task<ResidualValueTable> Get(IQuerySession session, CancellationToken cancellation) =>
        ResidualValueStream.LoadAsync(session, cancellation);

    [Authorize(Policy = Policies.Sales)]
    [WolverineGet("/api/residual-values/export", Name = "ExportResidualValues")]
    [Tags("Residual values")]
    public static async Task<IResult> Export(IQuerySession session, CancellationToken cancellation) =>
        Results.Text(ResidualValueCsv.Write((await ResidualValueStream.LoadAsync(session, cancellation)).Rates), "text/csv; charset=utf-8");

}

/// <summary>One point of the table, set by hand. (A Validate step applies to every endpoint of its class: one class per command.)</summary>
public static class SetResidualValueRateEndpoint
{
    public static ProblemDetails Validate(SetResidualValueRate command) =>
        new FieldErrors().Required(command.Segment, "segment").Required(command.TermMonths, "termMonths")
            .Required(command.AnnualMileageKm, "annualMileageKm").Required(command.Percent, "percent")
            .Required(command.ExpectedVersion, "expectedVersion")
            .When(command.TermMonths is < 12 or > 84, "termMonths", "Between 12 and 84 months.")
            .When(command.AnnualMileageKm is < 0 or > 200_000, "annualMileageKm", "Between 0 and 200 000 km.")
            .When(command.Percent is <= 0m or >= 100m, "percent", "Above 0 and below 100.")
            .When(command.ExpectedVersion < 0, "expectedVersion", "0 before the table exists, then its version.")
            .ToProblem();

    [Authorize(Policy = Policies.SalesManagement)]
    [WolverinePut("/api/residual-values/rates", Name = "SetResidualValueRate")]
    [Tags("Residual values")]
    public static Task<IResult> Put(SetResidualValueRate command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        ResidualValueStream.AppendAsync(session, command.ExpectedVersion!.Value,
            [new ResidualValueRateSet(new ResidualValueRate(command.Segment!.Trim(), command.TermMonths!.Value, command.AnnualMileageKm!.Value, command.Percent!.Value), clock.GetUtcNow())],
            cancellation);

}

public static class ImportResidualValuesEndpoint
{
    /// <summary>Replaces the whole table from CSV. One bad row refuses the file with every bad row named; nothing is stored.</summary>
    [Authorize(Policy = Policies.SalesManagement)]
    [WolverinePost("/api/residual-values/import", Name = "ImportResidualValues")]
    [Tags("Residual values")]
    public static async Task<IResult> Import(ImportResidualValues command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var errors = new FieldErrors().Required(command.Csv, "csv").Required(command.ExpectedVersion, "expectedVersion");
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var (rates, rowErrors) = ResidualValueCsv.Read(command.Csv!);
        foreach (var error in rowErrors) errors.Add($"rows[{error.Line}].{error.Field}", error.Message);
        if (errors.Any) return Results.Problem(errors.ToProblem());

        return await ResidualValueStream.AppendAsync(session, command.ExpectedVersion!.Value,
            [new ResidualValueTableImported(rates.ToArray(), command.Source ?? "csv", clock.GetUtcNow())], cancellation);
    }
}
