using JasperFx.Events;
using Leasing.Contracts.Domain.Billing;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Leasing.Contracts.Features.Billing;

/// <summary>
/// The billing run's bulk path into the event store: a batch's new invoice streams and their <see cref="InvoiceIssued"/>
/// events written with two binary COPYs inside the session's own transaction, instead of one insert per stream and per
/// event. The rows are exactly what Marten writes for <c>StartStream&lt;Invoice&gt;</c> (same serializer, event type
/// name, .NET type, metadata columns, sequence), so Marten reads, fetches for writing and projects them like any other;
/// a stream id that exists already fails the whole transaction, as a duplicate StartStream would. The invoice documents
/// the inline snapshot projection would write for these events (<see cref="Invoice.Create"/>, version 1) are copied in
/// the same transaction too: the copy bypasses Marten's append pipeline, so it applies the projection itself.
/// Used only when the store's layout is the one this class knows (checked once against the database); otherwise the
/// runner appends through Marten's API.
/// </summary>
public sealed class InvoiceStreamCopy
{
    private const string Tenant = "*DEFAULT*";
    private readonly ISerializer _serializer;
    private readonly string _schema;
    private readonly string _eventTypeName;
    private readonly string _dotNetTypeName;
    private readonly string _streamType;
    private readonly string _documentTable;

    /// <summary>The invoice document table's columns, all of which the copy fills: any other one means a layout it does not know.</summary>
    private static readonly string[] DocumentColumns = ["id", "data", "mt_last_modified", "mt_dotnet_type", "mt_version", "contract_id", "due_on"];

    private InvoiceStreamCopy(ISerializer serializer, string schema, string eventTypeName, string dotNetTypeName, string streamType, string documentTable) =>
        (_serializer, _schema, _eventTypeName, _dotNetTypeName, _streamType, _documentTable) =
        (serializer, schema, eventTypeName, dotNetTypeName, streamType, documentTable);

    /// <summary>The copier for this store, or null when its event store or invoice table is laid out in a way the copy does not reproduce.</summary>
    public static async Task<InvoiceStreamCopy?> ForAsync(IDocumentStore store, CancellationToken cancellation)
    {
        var copy = For(store);
        if (copy is null) return null;
        await using var session = store.QuerySession();
        var columns = await session.QueryAsync<string>(
            "select column_name from information_schema.columns where table_schema = ? and table_name = 'mt_doc_invoice'", cancellation,
            ContractsSchema);
        return columns.Count == DocumentColumns.Length && columns.All(DocumentColumns.Contains) ? copy : null;
    }

    private const string ContractsSchema = "contracts";

    private static InvoiceStreamCopy? For(IDocumentStore store)
    {
        var options = (StoreOptions)store.Options;
        if (options.Events is not Marten.Events.EventGraph events) return null;
        if (events.TenancyStyle != JasperFx.MultiTenancy.TenancyStyle.Single || events.StreamIdentity != StreamIdentity.AsGuid
            || events.UseArchivedStreamPartitioning || !events.MetadataConfig.UserNameEnabled) return null;
        var sample = events.BuildEvent(new InvoiceIssued(Guid.Empty, Guid.Empty, "", "", InvoiceKind.Rent, null, null, default, default,
            Domain.VatBasis.IncludingVat, [], Domain.VatAmounts.Zero, "", null, null, null, null, default));
        const string streamType = "invoice";
        if (events.AggregateTypeFor(streamType) != typeof(Invoice)) return null;
        return new InvoiceStreamCopy(options.Serializer(), events.DatabaseSchemaName, sample.EventTypeName, sample.DotNetTypeName, streamType,
            $"{ContractsSchema}.mt_doc_invoice");
    }

    /// <summary>A batch serialised ahead of its transaction: the events, and the documents the projection would write for them.</summary>
    public sealed record Prepared(IReadOnlyList<InvoiceIssued> Invoices, string[] EventJson, Invoice[] Documents, string[] DocumentJson);

    /// <summary>Serialising is most of the copy's work: done for the whole batch on every core, before (and outside) its transaction.</summary>
    public Prepared Prepare(IReadOnlyList<InvoiceIssued> invoices)
    {
        var eventJson = new string[invoices.Count];
        var documentJson = new string[invoices.Count];
        var documents = new Invoice[invoices.Count];
        Parallel.For(0, invoices.Count, i =>
        {
            eventJson[i] = _serializer.ToJson(invoices[i]);
            documents[i] = Invoice.Create(invoices[i]) with { Version = 1 };
            documentJson[i] = _serializer.ToJson(documents[i]);
        });
        return new Prepared(invoices, eventJson, documents, documentJson);
    }

    /// <summary>Writes the streams, events and documents on the session's connection, in its open transaction (call BeginTransactionAsync first).</summary>
    public async Task WriteAsync(NpgsqlConnection connection, Prepared prepared, string user, DateTimeOffset at, CancellationToken cancellation)
    {
        var (invoices, eventJson, documents, documentJson) = (prepared.Invoices, prepared.EventJson, prepared.Documents, prepared.DocumentJson);
        if (invoices.Count == 0) return;
        var sequences = new List<long>(invoices.Count);
        await using (var next = new NpgsqlCommand($"select nextval('{_schema}.mt_events_sequence') from generate_series(1, @count)", connection))
        {
            next.Parameters.AddWithValue("count", invoices.Count);
            await using var reader = await next.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation)) sequences.Add(reader.GetInt64(0));
        }
        var timestamp = at.ToUniversalTime();

        await using (var streams = await connection.BeginBinaryImportAsync(
            $"copy {_schema}.mt_streams (id, type, version, timestamp, created, tenant_id, is_archived) from stdin (format binary)", cancellation))
        {
            foreach (var invoice in invoices)
            {
                streams.StartRow();
                streams.Write(invoice.InvoiceId, NpgsqlDbType.Uuid);
                streams.Write(_streamType, NpgsqlDbType.Varchar);
                streams.Write(1L, NpgsqlDbType.Bigint);
                streams.Write(timestamp, NpgsqlDbType.TimestampTz);
                streams.Write(timestamp, NpgsqlDbType.TimestampTz);
                streams.Write(Tenant, NpgsqlDbType.Varchar);
                streams.Write(false, NpgsqlDbType.Boolean);
            }
            await streams.CompleteAsync(cancellation);
        }

        await using (var events = await connection.BeginBinaryImportAsync(
            $"copy {_schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, user_name, is_archived) " +
            "from stdin (format binary)", cancellation))
        {
            for (var i = 0; i < invoices.Count; i++)
            {
                events.StartRow();
                events.Write(sequences[i], NpgsqlDbType.Bigint);
                events.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                events.Write(invoices[i].InvoiceId, NpgsqlDbType.Uuid);
                events.Write(1L, NpgsqlDbType.Bigint);
                events.Write(eventJson[i], NpgsqlDbType.Jsonb);
                events.Write(_eventTypeName, NpgsqlDbType.Varchar);
                events.Write(timestamp, NpgsqlDbType.TimestampTz);
                events.Write(Tenant, NpgsqlDbType.Varchar);
                events.Write(_dotNetTypeName, NpgsqlDbType.Varchar);
                events.Write(user, NpgsqlDbType.Varchar);
                events.Write(false, NpgsqlDbType.Boolean);
            }
            await events.CompleteAsync(cancellation);
        }

        await using var rows = await connection.BeginBinaryImportAsync(
            $"copy {_documentTable} (id, data, mt_last_modified, mt_dotnet_type, mt_version, contract_id, due_on) from stdin (format binary)",
            cancellation);
        var documentType = typeof(Invoice).FullName!;
        for (var i = 0; i < documents.Length; i++)
        {
            var invoice = documents[i];
            rows.StartRow();
            rows.Write(invoice.Id, NpgsqlDbType.Uuid);
            rows.Write(documentJson[i], NpgsqlDbType.Jsonb);
            rows.Write(timestamp, NpgsqlDbType.TimestampTz);
            rows.Write(documentType, NpgsqlDbType.Varchar);
            rows.Write(1L, NpgsqlDbType.Bigint);
            rows.Write(invoice.ContractId, NpgsqlDbType.Uuid);
            rows.Write(invoice.DueOn, NpgsqlDbType.Date);
        }
        await rows.CompleteAsync(cancellation);
    }
}
