using System.Collections.Concurrent;
using JasperFx.Events;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Leasing.Kernel.EventSourcing;

/// <summary>Who wrote a bulk batch, when, and under which correlation: the metadata Marten records on every event.</summary>
public sealed record BulkWriteMetadata(string User, DateTimeOffset At, string? CorrelationId = null, string? CausationId = null)
{
    public static BulkWriteMetadata Of(IDocumentSession session, DateTimeOffset at) =>
        new(session.LastModifiedBy ?? "", at, session.CorrelationId, session.CausationId);
}

/// <summary>A stream the bulk copy starts: its id and its events in order (versions 1 to n).</summary>
public sealed record NewStream(Guid Id, IReadOnlyList<object> Events);

/// <summary>
/// The bulk path into the event store for batch jobs (a billing run, a lead import): new streams and their events
/// written with two binary COPYs in the caller's open transaction, instead of one insert per stream and per event.
/// The rows are those Marten writes for <c>StartStream</c> (same serializer, event type names, .NET type names,
/// metadata, sequence), so Marten reads, fetches for writing and projects them like any other; a stream id that exists
/// already fails the whole transaction, as a duplicate StartStream would. Inline projections do not see the copy: the
/// caller writes their documents itself (<see cref="BulkDocumentCopy{T}"/>).
/// Built only for a store laid out the way this class writes (one tenant, Guid stream ids, user-name metadata);
/// otherwise <see cref="For"/> answers null and the caller appends through Marten's API.
/// </summary>
public sealed class BulkStreamCopy
{
    private const string Tenant = "*DEFAULT*";
    private readonly Marten.Events.EventGraph _events;
    private readonly ISerializer _serializer;
    private readonly string _streamType;
    private readonly ConcurrentDictionary<Type, (string TypeName, string DotNetTypeName)> _names = new();

    private BulkStreamCopy(Marten.Events.EventGraph events, ISerializer serializer, string streamType) =>
        (_events, _serializer, _streamType) = (events, serializer, streamType);

    /// <param name="streamType">The stream type Marten records for <typeparamref name="TAggregate"/> (its alias, e.g. "lead").</param>
    public static BulkStreamCopy? For<TAggregate>(IDocumentStore store, string streamType)
    {
        var options = (StoreOptions)store.Options;
        if (options.Events is not Marten.Events.EventGraph events) return null;
        if (events.TenancyStyle != JasperFx.MultiTenancy.TenancyStyle.Single || events.StreamIdentity != StreamIdentity.AsGuid
            || events.UseArchivedStreamPartitioning || !events.MetadataConfig.UserNameEnabled) return null;
        if (events.AggregateTypeFor(streamType) != typeof(TAggregate)) return null;
        return new BulkStreamCopy(events, options.Serializer(), streamType);
    }

    /// <summary>A batch serialised ahead of its transaction.</summary>
    public sealed record Prepared(IReadOnlyList<NewStream> Streams, string[][] EventJson, int EventCount);

    /// <summary>Serialising is most of the copy's work: done on every core, before (and outside) the transaction.</summary>
    public Prepared Prepare(IReadOnlyList<NewStream> streams)
    {
        var json = new string[streams.Count][];
        Parallel.For(0, streams.Count, i => json[i] = streams[i].Events.Select(_serializer.ToJson).ToArray());
        return new Prepared(streams, json, json.Sum(e => e.Length));
    }

    /// <summary>Writes the streams and events on the connection, in its open transaction.</summary>
    public async Task WriteAsync(NpgsqlConnection connection, Prepared prepared, BulkWriteMetadata metadata, CancellationToken cancellation)
    {
        if (prepared.Streams.Count == 0) return;
        var schema = _events.DatabaseSchemaName;
        var sequences = await NextSequencesAsync(connection, schema, prepared.EventCount, cancellation);
        var timestamp = metadata.At.ToUniversalTime();

        await using (var streams = await connection.BeginBinaryImportAsync(
            $"copy {schema}.mt_streams (id, type, version, timestamp, created, tenant_id, is_archived) from stdin (format binary)", cancellation))
        {
            foreach (var stream in prepared.Streams)
            {
                await streams.StartRowAsync(cancellation);
                await streams.WriteAsync(stream.Id, NpgsqlDbType.Uuid, cancellation);
                await streams.WriteAsync(_streamType, NpgsqlDbType.Varchar, cancellation);
                await streams.WriteAsync((long)stream.Events.Count, NpgsqlDbType.Bigint, cancellation);
                await streams.WriteAsync(timestamp, NpgsqlDbType.TimestampTz, cancellation);
                await streams.WriteAsync(timestamp, NpgsqlDbType.TimestampTz, cancellation);
                await streams.WriteAsync(Tenant, NpgsqlDbType.Varchar, cancellation);
                await streams.WriteAsync(false, NpgsqlDbType.Boolean, cancellation);
            }
            await streams.CompleteAsync(cancellation);
        }

        await using var events = await connection.BeginBinaryImportAsync(
            $"copy {schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, user_name, " +
            "correlation_id, causation_id, is_archived) from stdin (format binary)", cancellation);
        var next = 0;
        for (var s = 0; s < prepared.Streams.Count; s++)
        {
            var stream = prepared.Streams[s];
            for (var e = 0; e < stream.Events.Count; e++)
            {
                var (typeName, dotNetTypeName) = NamesOf(stream.Events[e]);
                await events.StartRowAsync(cancellation);
                await events.WriteAsync(sequences[next++], NpgsqlDbType.Bigint, cancellation);
                await events.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellation);
                await events.WriteAsync(stream.Id, NpgsqlDbType.Uuid, cancellation);
                await events.WriteAsync((long)e + 1, NpgsqlDbType.Bigint, cancellation);
                await events.WriteAsync(prepared.EventJson[s][e], NpgsqlDbType.Jsonb, cancellation);
                await events.WriteAsync(typeName, NpgsqlDbType.Varchar, cancellation);
                await events.WriteAsync(timestamp, NpgsqlDbType.TimestampTz, cancellation);
                await events.WriteAsync(Tenant, NpgsqlDbType.Varchar, cancellation);
                await events.WriteAsync(dotNetTypeName, NpgsqlDbType.Varchar, cancellation);
                await events.WriteAsync(metadata.User, NpgsqlDbType.Varchar, cancellation);
                await WriteNullableAsync(events, metadata.CorrelationId, cancellation);
                await WriteNullableAsync(events, metadata.CausationId, cancellation);
                await events.WriteAsync(false, NpgsqlDbType.Boolean, cancellation);
            }
        }
        await events.CompleteAsync(cancellation);
    }

    private (string, string) NamesOf(object data) => _names.GetOrAdd(data.GetType(), _ =>
    {
        var built = _events.BuildEvent(data);
        return (built.EventTypeName, built.DotNetTypeName);
    });

    private static async Task<long[]> NextSequencesAsync(NpgsqlConnection connection, string schema, int count, CancellationToken cancellation)
    {
        var sequences = new long[count];
        await using var next = new NpgsqlCommand($"select nextval('{schema}.mt_events_sequence') from generate_series(1, @count)", connection);
        next.Parameters.AddWithValue("count", count);
        await using var reader = await next.ExecuteReaderAsync(cancellation);
        for (var i = 0; await reader.ReadAsync(cancellation); i++) sequences[i] = reader.GetInt64(0);
        return sequences;
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellation) =>
        value is null ? importer.WriteNullAsync(cancellation) : importer.WriteAsync(value, NpgsqlDbType.Varchar, cancellation);
}
