using System.Security.Claims;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Intake;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Leasing.Prospecting.Domain.Sources;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Http;
using Wolverine.Marten;

namespace Leasing.Prospecting.Features;

public sealed record ImportedRowError(int Row, IReadOnlyDictionary<string, string[]> Reasons);

/// <param name="Rejected">The refused rows with their reasons, the first <see cref="LeadImporter.MaxListedRejections"/> of them.</param>
/// <param name="RejectedCount">Every refused row, listed or not.</param>
public sealed record ImportReport(int Rows, int Captured, int Merged, IReadOnlyList<ImportedRowError> Rejected, int RejectedCount);

public sealed record ImportProgress(int RowsRead, int Captured, int Merged, int Rejected);

public static class ImportLeadsEndpoint
{
    /// <summary>POST the file as the request body: <c>text/csv</c> (header row, ; or , separated) or ADF <c>application/xml</c>.</summary>
    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/leads/import", Name = "ImportLeads")]
    [Tags("Leads")]
    public static async Task<IResult> Post(HttpRequest request, ClaimsPrincipal user, LeadImporter importer, IQuerySession session,
        [FromQuery] string? source, CancellationToken cancellation)
    {
        var contentType = request.ContentType ?? "";
        var route = contentType.Contains("xml", StringComparison.OrdinalIgnoreCase) ? IntakeRoute.AdfXml
            : contentType.Contains("csv", StringComparison.OrdinalIgnoreCase) ? IntakeRoute.CsvImport : (IntakeRoute?)null;
        if (route is null) return Results.Problem(Problems.Field("contentType", "Send text/csv or application/xml (ADF)."));
        if (source is not null && (await LeadSources.LoadAsync(session, cancellation)).Catalogue.Find(source) is null) return Results.Problem(Problems.Field("source", $"Unknown source '{source}'."));

        using var reader = new StreamReader(request.Body);
        var report = await importer.ImportAsync(reader, route.Value, user.NameOf(), source, progress: null, cancellation);
        return Results.Ok(report);
    }
}
