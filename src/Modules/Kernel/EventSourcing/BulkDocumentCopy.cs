using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Leasing.Kernel.EventSourcing;

/// <summary>A duplicated (searchable) column of a document table and how to read its value from the document.</summary>
public sealed record DocumentColumn<T>(string Name, NpgsqlDbType Type, Func<T, object?> Value);

/// <summary>
/// The documents an inline snapshot projection would write for streams started by <see cref="BulkStreamCopy"/>,
/// copied in the same transaction: the copy bypasses Marten's append pipeline, so the caller applies the projection and
/// this writes the resulting rows (id, JSON, type, version, duplicated columns), as Marten's own upsert would.
/// <see cref="ForAsync"/> checks the table once: a column it does not fill means a layout it does not know, and null.
/// </summary>
public sealed class BulkDocumentCopy<T> where T : notnull
{
    private static readonly string[] MartenColumns = ["id", "data", "mt_last_modified", "mt_dotnet_type", "mt_version"];
    private readonly ISerializer _serializer;
    private readonly string _table;
    private readonly Func<T, Guid> _id;
    private readonly Func<T, long> _version;
    private readonly IReadOnlyList<DocumentColumn<T>> _columns;

    private BulkDocumentCopy(ISerializer serializer, string table, Func<T, Guid> id, Func<T, long> version, IReadOnlyList<DocumentColumn<T>> columns) =>
        (_serializer, _table, _id, _version, _columns) = (serializer, table, id, version, columns);

    public static async Task<BulkDocumentCopy<T>?> ForAsync(IDocumentStore store, Func<T, Guid> id, Func<T, long> version,
        IReadOnlyList<DocumentColumn<T>> columns, CancellationToken cancellation)
    {
        var table = store.Options.FindOrResolveDocumentType(typeof(T)).TableName;
        await using var session = store.QuerySession();
        var actual = await session.QueryAsync<string>(
            "select column_name from information_schema.columns where table_schema = ? and table_name = ?", cancellation, table.Schema, table.Name);
        var expected = MartenColumns.Concat(columns.Select(c => c.Name)).ToList();
        if (actual.Count != expected.Count || !actual.All(expected.Contains)) return null;
        return new BulkDocumentCopy<T>(store.Options.Serializer(), table.QualifiedName, id, version, columns);
    }

    /// <summary>The documents' JSON, on every core, before the transaction.</summary>
    public string[] Serialise(IReadOnlyList<T> documents)
    {
        var json = new string[documents.Count];
        Parallel.For(0, documents.Count, i => json[i] = _serializer.ToJson(documents[i]));
        return json;
    }

    /// <summary>Inserts the documents on the connection, in its open transaction; an id already there fails the transaction.</summary>
    public async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<T> documents, string[] json, DateTimeOffset at, CancellationToken cancellation)
    {
        if (documents.Count == 0) return;
        var columns = string.Join(", ", MartenColumns.Concat(_columns.Select(c => c.Name)));
        await using var rows = await connection.BeginBinaryImportAsync($"copy {_table} ({columns}) from stdin (format binary)", cancellation);
        var dotNetType = typeof(T).FullName!;
        var timestamp = at.ToUniversalTime();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            await rows.StartRowAsync(cancellation);
            await rows.WriteAsync(_id(document), NpgsqlDbType.Uuid, cancellation);
            await rows.WriteAsync(json[i], NpgsqlDbType.Jsonb, cancellation);
            await rows.WriteAsync(timestamp, NpgsqlDbType.TimestampTz, cancellation);
            await rows.WriteAsync(dotNetType, NpgsqlDbType.Varchar, cancellation);
            await rows.WriteAsync(_version(document), NpgsqlDbType.Bigint, cancellation);
            foreach (var column in _columns)
            {
                if (column.Value(document) is { } value) await rows.WriteAsync(value is DateTimeOffset d ? d.ToUniversalTime() : value, column.Type, cancellation);
                else await rows.WriteNullAsync(cancellation);
            }
        }
        await rows.CompleteAsync(cancellation);
    }
}
