using Leasing.Kernel.EventSourcing;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Marten;
using NpgsqlTypes;
using Wolverine;

namespace Leasing.Prospecting.Features;

/// <summary>
/// Writes a planned import chunk in one transaction. The new leads' streams, events and documents go in by binary COPY
/// (<see cref="BulkStreamCopy"/>, <see cref="BulkDocumentCopy{T}"/>) when the store's layout allows it, through
/// Marten's append API otherwise; rows merged into stored leads are appended through Marten (a fetch for writing, so a
/// concurrent change to that lead ends in a conflict, not a lost update); the chunk's SLA timers and its
/// <c>LeadsCaptured</c> announcement go to the Wolverine outbox in the same transaction.
/// </summary>
public sealed class LeadBulkWriter
{
    private readonly BulkStreamCopy? _streams;
    private readonly BulkDocumentCopy<Lead>? _documents;

    private LeadBulkWriter(BulkStreamCopy? streams, BulkDocumentCopy<Lead>? documents) => (_streams, _documents) = (streams, documents);

    public bool UsesBulkCopy => _streams is not null && _documents is not null;

    /// <summary>The columns the lead table duplicates from the document (see <c>ProspectingModule</c>).</summary>
    private static readonly DocumentColumn<Lead>[] LeadColumns =
    [
        new("point_of_sale_id", NpgsqlDbType.Uuid, l => l.PointOfSaleId),
        new("captured_at", NpgsqlDbType.TimestampTz, l => l.CapturedAt),
        new("advisor_id", NpgsqlDbType.Uuid, l => l.AdvisorId),
        new("assigned_at", NpgsqlDbType.TimestampTz, l => l.AssignedAt),
        new("closed_at", NpgsqlDbType.TimestampTz, l => l.ClosedAt),
    ];

    public static async Task<LeadBulkWriter> CreateAsync(IDocumentStore store, bool bulkCopy, CancellationToken cancellation)
    {
        if (!bulkCopy) return new LeadBulkWriter(null, null);
        var streams = BulkStreamCopy.For<Lead>(store, "lead");
        var documents = await BulkDocumentCopy<Lead>.ForAsync(store, l => l.Id, l => l.Version, LeadColumns, cancellation);
        return streams is null || documents is null ? new LeadBulkWriter(null, null) : new LeadBulkWriter(streams, documents);
    }

    /// <summary>A chunk with its JSON made, so serialising overlaps the previous chunk's transaction.</summary>
    public sealed record Prepared(ImportChunk Chunk, BulkStreamCopy.Prepared? Streams, string[]? Documents);

    public Prepared Prepare(ImportChunk chunk) => UsesBulkCopy
        ? new Prepared(chunk, _streams!.Prepare(chunk.Streams), _documents!.Serialise(chunk.Leads))
        : new Prepared(chunk, null, null);

    public async Task WriteAsync(Prepared prepared, IDocumentSession session, IMessageBus outbox, IReadOnlyDictionary<Guid, PointOfSale> pointsOfSale,
        TimeProvider clock, CancellationToken cancellation)
    {
        var chunk = prepared.Chunk;
        if (prepared is { Streams: { } streams, Documents: { } documents })
        {
            // The copies run in the session's transaction: SaveChanges below commits them with the merges and the outbox.
            await session.BeginTransactionAsync(cancellation);
            await _streams!.WriteAsync(session.Connection!, streams, BulkWriteMetadata.Of(session, chunk.At), cancellation);
            await _documents!.WriteAsync(session.Connection!, chunk.Leads, documents, chunk.At, cancellation);
        }
        else
            foreach (var stream in chunk.Streams) session.Events.StartStream<Lead>(stream.Id, stream.Events.ToArray());
        foreach (var merges in chunk.Merges.GroupBy(m => m.LeadId))
            await MergeIntoStoredAsync(merges.Key, merges.Select(m => m.Duplicate).ToList(), session, outbox, pointsOfSale, chunk.At, clock, cancellation);
        foreach (var timer in chunk.Timers) await outbox.ScheduleAsync(timer, timer.DueAt);
        if (chunk.Published.Count > 0) await outbox.PublishAsync(new IntegrationEvents.LeadsCaptured(chunk.Published));
        await session.SaveChangesAsync(cancellation);
    }

    private static async Task MergeIntoStoredAsync(Guid leadId, IReadOnlyList<LeadIntake> duplicates, IDocumentSession session, IMessageBus outbox,
        IReadOnlyDictionary<Guid, PointOfSale> pointsOfSale, DateTimeOffset now, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Lead>(leadId, cancellation);
        var lead = stream.Aggregate!;
        foreach (var duplicate in duplicates)
        {
            var merge = LeadDecider.Merge(lead, duplicate, now);
            if (merge.Refusal is null)
            {
                stream.AppendMany(merge.Events.ToArray());
                lead = merge.Events.OfType<LeadMerged>().Aggregate(lead, (state, e) => state.Apply(e));
            }
            // The lead was closed or erased between planning and writing: the contact is a new lead, by the live path.
            else await LeadCapturing.CaptureAsync(duplicate, pointsOfSale[duplicate.PointOfSaleId], session, outbox, clock, cancellation);
        }
    }
}
