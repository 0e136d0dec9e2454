using Leasing.Kernel.EventSourcing;
using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Intake;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Marten;

namespace Leasing.Prospecting.Features;

/// <summary>
/// Batch intake: a CSV file from a lead provider or an ADF XML feed from a listing site. The file is read as a stream
/// and imported by chunks, each decided in memory (<see cref="ImportChunkPlanner"/>: duplicates merged, leads routed,
/// SLA deadlines set) and written in one transaction (<see cref="LeadBulkWriter"/>: bulk copies into the event store).
/// While a chunk is written the next one is read, decided and serialised, so the database and the parsing work at
/// the same time. Memory holds two chunks whatever the file's size. Every bad row is listed with its reasons and the
/// rest is imported. A large file holds the node's asynchronous projections (the lead statistics) until it is written
/// (<see cref="ProjectionHold"/>): the leads, their inbox and their SLA timers are written by the import itself.
/// </summary>
public sealed class LeadImporter(IServiceScopeFactory scopes, IDocumentStore store, ProjectionHold projections, TimeProvider clock)
{
    public const int DefaultChunkSize = 2_000;

    /// <summary>A file of bad rows only still reports in bounded memory: the count is exact, the list stops here.</summary>
    public const int MaxListedRejections = 10_000;

    public int ChunkSize { get; set; } = DefaultChunkSize;

    /// <summary>
    /// From this many rows read, the import holds the asynchronous projections until it is done: by default a file that
    /// fills its first chunk, held before that chunk is written. A smaller file (a provider's daily batch) leaves them
    /// running: it is one transaction, which they would only wait for.
    /// </summary>
    public int HoldProjectionsFromRow { get; set; } = DefaultHoldProjectionsFromRow;

    public const int DefaultHoldProjectionsFromRow = DefaultChunkSize;

    /// <summary>Whether new leads are written with the bulk copy (the default when the store allows it) or through Marten's append API.</summary>
    public bool UseBulkCopy { get; set; } = true;

    // The store's layout is checked once, not on every import.
    private readonly Lazy<Task<LeadBulkWriter>> _bulkWriter = new(() => LeadBulkWriter.CreateAsync(store, bulkCopy: true, CancellationToken.None));

    /// <summary>The writer an import uses: the bulk copy when allowed and the store's layout permits, Marten's append API otherwise.</summary>
    public async Task<LeadBulkWriter> WriterAsync(CancellationToken cancellation) =>
        UseBulkCopy ? await _bulkWriter.Value : await LeadBulkWriter.CreateAsync(store, bulkCopy: false, cancellation);

    private sealed class Counts
    {
        public int Read, Captured, Merged, Rejected;
        public readonly List<ImportedRowError> Listed = [];
        public ImportProgress Progress => new(Read, Captured, Merged, Rejected);
    }

    public async Task<ImportReport> ImportAsync(TextReader reader, IntakeRoute route, string importedBy, string? defaultSourceId,
        IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        Dictionary<Guid, PointOfSale> pointsOfSale;
        ImportChunkPlanner planner;
        IAsyncEnumerable<ImportRowResult> rows;
        await using (var query = store.QuerySession())
        {
            pointsOfSale = (await query.Query<PointOfSale>().ToListAsync(cancellation)).ToDictionary(p => p.Id);
            var context = new LeadImportContext((await LeadSources.LoadAsync(query, cancellation)).Catalogue,
                pointsOfSale.Values.ToDictionary(p => p.Code, p => p.Id), defaultSourceId);
            rows = route == IntakeRoute.AdfXml ? AdfLeadParser.Parse(reader, context).ToAsyncEnumerable() : LeadCsvParser.ParseAsync(reader, context, cancellation);
            planner = new ImportChunkPlanner(pointsOfSale, await ImportRouting.LoadAsync(pointsOfSale.Values, query, cancellation), SlaPolicy.Seed);
        }
        var writer = await WriterAsync(cancellation);
        var counts = new Counts();

        await using var enumerator = rows.GetAsyncEnumerator(cancellation);
        IAsyncDisposable? hold = null;
        try
        {
            var planning = PlanNextAsync(enumerator, route, planner, writer, counts, cancellation);
            while (await planning is { } chunk)
            {
                // The next chunk is read, decided and serialised while this one is written.
                planning = PlanNextAsync(enumerator, route, planner, writer, counts, cancellation);
                if (hold is null && chunk.RowsRead >= HoldProjectionsFromRow)
                    hold = await projections.HoldAsync("a lead import", cancellation);
                await WriteAsync(writer, chunk.Prepared, importedBy, pointsOfSale, cancellation);
                counts.Captured += chunk.Prepared.Chunk.Captured;
                counts.Merged += chunk.Prepared.Chunk.Merged;
                progress?.Report(counts.Progress);
            }
        }
        finally
        {
            if (hold is not null) await hold.DisposeAsync();
        }
        progress?.Report(counts.Progress);
        return new ImportReport(counts.Read, counts.Captured, counts.Merged, counts.Listed, counts.Rejected);
    }

    /// <summary>
    /// The next chunk's rows, decided and serialised; null at the end of the file. On the thread pool, so it overlaps the
    /// write even when the caller has a synchronisation context (the admin's Blazor circuit).
    /// </summary>
    private Task<PlannedChunk?> PlanNextAsync(IAsyncEnumerator<ImportRowResult> rows, IntakeRoute route, ImportChunkPlanner planner,
        LeadBulkWriter writer, Counts counts, CancellationToken cancellation) =>
        Task.Run(() => PlanAsync(rows, route, planner, writer, counts, cancellation), cancellation);

    /// <summary>A chunk ready to write, and how many rows of the file were read up to its end.</summary>
    private sealed record PlannedChunk(LeadBulkWriter.Prepared Prepared, int RowsRead);

    private async Task<PlannedChunk?> PlanAsync(IAsyncEnumerator<ImportRowResult> rows, IntakeRoute route, ImportChunkPlanner planner,
        LeadBulkWriter writer, Counts counts, CancellationToken cancellation)
    {
        var intakes = new List<LeadIntake>(ChunkSize);
        var more = true;
        while (intakes.Count < ChunkSize && (more = await rows.MoveNextAsync()))
        {
            counts.Read++;
            switch (rows.Current)
            {
                case AcceptedRow good:
                    intakes.Add(good.Intake with { Route = route });
                    break;
                case RejectedRow bad:
                    counts.Rejected++;
                    if (counts.Listed.Count < MaxListedRejections) counts.Listed.Add(new ImportedRowError(bad.Row, bad.Reasons));
                    break;
            }
        }
        if (intakes.Count == 0 && !more) return null;
        await using var query = store.QuerySession();
        var chunk = await planner.PlanAsync(intakes, query, clock.GetUtcNow(), cancellation);
        return new PlannedChunk(writer.Prepare(chunk), counts.Read);
    }

    private async Task WriteAsync(LeadBulkWriter writer, LeadBulkWriter.Prepared chunk, string importedBy, IReadOnlyDictionary<Guid, PointOfSale> pointsOfSale,
        CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        await using var session = store.LightweightSession();
        session.LastModifiedBy = importedBy;
        outbox.Enroll(session);
        await writer.WriteAsync(chunk, session, outbox, pointsOfSale, clock, cancellation);
    }
}
