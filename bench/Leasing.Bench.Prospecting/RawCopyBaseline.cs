using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Leasing.Bench.Prospecting;

/// <summary>
/// The yardstick: the very rows the import stored for its leads (stream rows, event rows, lead documents, byte for byte)
/// written again by plain binary COPYs into tables of the same layout and indexes (<c>like … including all</c>), in
/// transactions of the import's chunk size. Only the COPYs are timed: no parsing, no deciding, no serialising, no
/// outbox. The rows are read back chunk by chunk beforehand, so memory stays bounded.
/// </summary>
public static class RawCopyBaseline
{
    public static async Task<TimeSpan> RunAsync(string connectionString, Guid after, int chunkSize)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "drop schema if exists bench_raw cascade; create schema bench_raw; " +
            "create table bench_raw.mt_streams (like events.mt_streams including all); " +
            "create table bench_raw.mt_events (like events.mt_events including all); " +
            "create table bench_raw.mt_doc_lead (like prospecting.mt_doc_lead including all)", connection))
            await create.ExecuteNonQueryAsync();
        await AddForeignKeysAsync(connection);

        var copying = new Stopwatch();
        var last = after;
        while (true)
        {
            var chunk = await ReadAsync(connection, last, chunkSize);
            if (chunk.Streams.Count == 0) break;
            last = (Guid)chunk.Streams[^1][0]!;
            copying.Start();
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                await CopyAsync(connection, "bench_raw.mt_streams", StreamColumns, chunk.Streams);
                await CopyAsync(connection, "bench_raw.mt_events", EventColumns, chunk.Events);
                await CopyAsync(connection, "bench_raw.mt_doc_lead", DocumentColumns, chunk.Documents);
                await transaction.CommitAsync();
            }
            copying.Stop();
        }
        return copying.Elapsed;
    }

    private static readonly string[] CopiedTables = ["events.mt_streams", "events.mt_events", "prospecting.mt_doc_lead"];

    /// <summary>
    /// <c>like … including all</c> leaves foreign keys out, and the event table's key to its stream is checked on every
    /// row the import copies: the copies get the same keys, onto each other where the original points at a copied table.
    /// </summary>
    private static async Task AddForeignKeysAsync(NpgsqlConnection connection)
    {
        var keys = new List<(string Table, string Name, string Definition)>();
        await using (var read = new NpgsqlCommand(
            "select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint where contype = 'f' and conrelid = any(@tables::regclass[])",
            connection))
        {
            read.Parameters.AddWithValue("tables", CopiedTables);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync()) keys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        foreach (var (table, name, definition) in keys)
        {
            var onCopies = CopiedTables.Aggregate(definition, (text, copied) => text.Replace($"REFERENCES {copied}(", $"REFERENCES bench_raw.{copied.Split('.')[1]}("));
            await using var add = new NpgsqlCommand($"alter table bench_raw.{table.Split('.')[1]} add constraint {name} {onCopies}", connection);
            await add.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"  yardstick tables: {keys.Count} foreign key(s) as on the originals: {string.Join("; ", keys.Select(k => $"{k.Table} {k.Definition}"))}");
    }

    private static readonly (string Name, NpgsqlDbType Type)[] StreamColumns =
    [
        ("id", NpgsqlDbType.Uuid), ("type", NpgsqlDbType.Varchar), ("version", NpgsqlDbType.Bigint), ("timestamp", NpgsqlDbType.TimestampTz),
        ("created", NpgsqlDbType.TimestampTz), ("tenant_id", NpgsqlDbType.Varchar), ("is_archived", NpgsqlDbType.Boolean),
    ];

    private static readonly (string Name, NpgsqlDbType Type)[] EventColumns =
    [
        ("seq_id", NpgsqlDbType.Bigint), ("id", NpgsqlDbType.Uuid), ("stream_id", NpgsqlDbType.Uuid), ("version", NpgsqlDbType.Bigint),
        ("data", NpgsqlDbType.Jsonb), ("type", NpgsqlDbType.Varchar), ("timestamp", NpgsqlDbType.TimestampTz), ("tenant_id", NpgsqlDbType.Varchar),
        ("mt_dotnet_type", NpgsqlDbType.Varchar), ("correlation_id", NpgsqlDbType.Varchar), ("causation_id", NpgsqlDbType.Varchar),
        ("user_name", NpgsqlDbType.Varchar), ("is_archived", NpgsqlDbType.Boolean),
    ];

    private static readonly (string Name, NpgsqlDbType Type)[] DocumentColumns =
    [
        ("id", NpgsqlDbType.Uuid), ("data", NpgsqlDbType.Jsonb), ("mt_last_modified", NpgsqlDbType.TimestampTz), ("mt_dotnet_type", NpgsqlDbType.Varchar),
        ("mt_version", NpgsqlDbType.Bigint), ("point_of_sale_id", NpgsqlDbType.Uuid), ("captured_at", NpgsqlDbType.TimestampTz),
        ("advisor_id", NpgsqlDbType.Uuid), ("assigned_at", NpgsqlDbType.TimestampTz), ("closed_at", NpgsqlDbType.TimestampTz),
    ];

    private sealed record Chunk(List<object?[]> Streams, List<object?[]> Events, List<object?[]> Documents);

    private static async Task<Chunk> ReadAsync(NpgsqlConnection connection, Guid after, int size)
    {
        var streams = await RowsAsync(connection,
            $"select {Names(StreamColumns)} from events.mt_streams where type = 'lead' and id > @after order by id limit {size}", after, StreamColumns.Length);
        if (streams.Count == 0) return new Chunk(streams, [], []);
        var to = (Guid)streams[^1][0]!;
        var events = await RowsAsync(connection,
            $"select {Names(EventColumns, "data::text")} from events.mt_events where stream_id > @after and stream_id <= '{to}' order by seq_id", after, EventColumns.Length);
        var documents = await RowsAsync(connection,
            $"select {Names(DocumentColumns, "data::text")} from prospecting.mt_doc_lead where id > @after and id <= '{to}' order by id", after, DocumentColumns.Length);
        return new Chunk(streams, events, documents);
    }

    private static string Names((string Name, NpgsqlDbType Type)[] columns, string? data = null) =>
        string.Join(", ", columns.Select(c => c.Name == "data" && data is not null ? data : c.Name));

    private static async Task<List<object?[]>> RowsAsync(NpgsqlConnection connection, string sql, Guid after, int width)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("after", after);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[width];
            for (var i = 0; i < width; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, (string Name, NpgsqlDbType Type)[] columns, List<object?[]> rows)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"copy {table} ({Names(columns)}) from stdin (format binary)");
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            for (var i = 0; i < columns.Length; i++)
                if (row[i] is { } value) await importer.WriteAsync(value, columns[i].Type);
                else await importer.WriteNullAsync();
        }
        await importer.CompleteAsync();
    }
}
