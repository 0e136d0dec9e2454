using Leasing.Contracts.Domain.Billing;
using Leasing.Kernel.EventSourcing;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Leasing.Contracts.Features.Billing;

/// <summary>
/// The billing run's bulk path into the event store: a batch's new invoice streams, their <see cref="InvoiceIssued"/>
/// events and the invoice documents the inline snapshot projection would write for them (<see cref="Invoice.Create"/>,
/// version 1), copied inside the session's own transaction by the Kernel's <see cref="BulkStreamCopy"/> and
/// <see cref="BulkDocumentCopy{T}"/>. Used only when the store's layout is the one they know (checked once against the
/// database); otherwise the runner appends through Marten's API.
/// </summary>
public sealed class InvoiceStreamCopy
{
    private readonly BulkStreamCopy _streams;
    private readonly BulkDocumentCopy<Invoice> _documents;

    private InvoiceStreamCopy(BulkStreamCopy streams, BulkDocumentCopy<Invoice> documents) => (_streams, _documents) = (streams, documents);

    /// <summary>The columns the invoice table duplicates from the document.</summary>
    private static readonly DocumentColumn<Invoice>[] InvoiceColumns =
    [
        new("contract_id", NpgsqlDbType.Uuid, i => i.ContractId),
        new("due_on", NpgsqlDbType.Date, i => i.DueOn),
    ];

    /// <summary>The copier for this store, or null when its event store or invoice table is laid out in a way the copy does not reproduce.</summary>
    public static async Task<InvoiceStreamCopy?> ForAsync(IDocumentStore store, CancellationToken cancellation)
    {
        if (BulkStreamCopy.For<Invoice>(store, "invoice") is not { } streams) return null;
        var documents = await BulkDocumentCopy<Invoice>.ForAsync(store, i => i.Id, i => i.Version, InvoiceColumns, cancellation);
        return documents is null ? null : new InvoiceStreamCopy(streams, documents);
    }

    /// <summary>A batch serialised ahead of its transaction: the events, and the documents the projection would write for them.</summary>
    public sealed record Prepared(IReadOnlyList<InvoiceIssued> Invoices, BulkStreamCopy.Prepared Streams, Invoice[] Documents, string[] DocumentJson);

    /// <summary>Serialising is most of the copy's work: done for the whole batch on every core, before (and outside) its transaction.</summary>
    public Prepared Prepare(IReadOnlyList<InvoiceIssued> invoices)
    {
        var documents = invoices.Select(i => Invoice.Create(i) with { Version = 1 }).ToArray();
        return new Prepared(invoices, _streams.Prepare(invoices.Select(i => new NewStream(i.InvoiceId, [i])).ToList()), documents,
            _documents.Serialise(documents));
    }

    /// <summary>Writes the streams, events and documents on the session's connection, in its open transaction (call BeginTransactionAsync first).</summary>
    public async Task WriteAsync(NpgsqlConnection connection, Prepared prepared, string user, DateTimeOffset at, CancellationToken cancellation)
    {
        if (prepared.Invoices.Count == 0) return;
        await _streams.WriteAsync(connection, prepared.Streams, new BulkWriteMetadata(user, at), cancellation);
        await _documents.WriteAsync(connection, prepared.Documents, prepared.DocumentJson, at, cancellation);
    }
}
