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

public sealed record ImportReport(int Rows, int Captured, int Merged, IReadOnlyList<ImportedRowError> Rejected);

public sealed record ImportProgress(int RowsRead, int Captured, int Merged, int Rejected);

/// <summary>
/// Batch intake: a CSV file from a lead provider or an ADF XML feed from a listing site. Rows are read as a stream;
/// every good row is captured (duplicates merged, routed, SLA timers set) and committed as it goes, so a file too big
/// for memory still imports; every bad row is listed with its reasons and the rest is imported.
/// </summary>
public sealed class LeadImporter(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<ImportReport> ImportAsync(TextReader reader, IntakeRoute route, string importedBy, string? defaultSourceId,
        IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        await using var session = scope.ServiceProvider.GetRequiredService<IDocumentStore>().LightweightSession();
        session.LastModifiedBy = importedBy;
        outbox.Enroll(session);

        var pointsOfSale = await session.Query<PointOfSale>().ToListAsync(cancellation);
        var context = new LeadImportContext((await LeadSources.LoadAsync(session, cancellation)).Catalogue, pointsOfSale.ToDictionary(p => p.Code, p => p.Id), defaultSourceId);
        var rows = route == IntakeRoute.AdfXml
            ? AdfLeadParser.Parse(reader, context).ToAsyncEnumerable()
            : LeadCsvParser.ParseAsync(reader, context, cancellation);

        var (read, captured, merged) = (0, 0, 0);
        var rejected = new List<ImportedRowError>();
        var batch = new IntakeBatch();
        await foreach (var row in rows.WithCancellation(cancellation))
        {
            read++;
            if (row is RejectedRow bad) rejected.Add(new ImportedRowError(bad.Row, bad.Reasons));
            else if (row is AcceptedRow good)
            {
                var pointOfSale = pointsOfSale.Single(p => p.Id == good.Intake.PointOfSaleId);
                var outcome = await LeadCapturing.CaptureAsync(good.Intake with { Route = route }, pointOfSale, session, outbox, clock, cancellation, batch);
                if (outcome.Merged) merged++; else captured++;
                // Committed by chunks: one transaction per chunk, memory bounded whatever the file's size.
                if ((captured + merged) % ChunkSize == 0) await CommitAsync(session, batch, cancellation);
            }
            if (read % 50 == 0) progress?.Report(new ImportProgress(read, captured, merged, rejected.Count));
        }
        await CommitAsync(session, batch, cancellation);
        progress?.Report(new ImportProgress(read, captured, merged, rejected.Count));
        return new ImportReport(read, captured, merged, rejected);
    }

    public const int ChunkSize = 250;

    private static async Task CommitAsync(IDocumentSession session, IntakeBatch batch, CancellationToken cancellation)
    {
        await session.SaveChangesAsync(cancellation);
        batch.Clear();
    }
}

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
