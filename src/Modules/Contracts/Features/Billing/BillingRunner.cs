using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Marten;
using Npgsql;

namespace Leasing.Contracts.Features.Billing;

/// <summary>
/// Bills a monthly run in batches, each in one transaction: the next contracts (by id) whose billing cursor is due by the
/// month's last day, each billed for every period from its cursor to the month's end (a contract delivered after last
/// month's run gets last month's prorated days too). The invoices (one stream each, id derived from contract and
/// month), their gapless numbers, the cursors (one statement) and the batch's progress commit together, so a crash
/// loses or repeats nothing and a second run of the month finds no contract due.
/// Batches are pipelined: the next page is read, priced, numbered and serialised while the current one is written. The
/// numbers are taken ahead on the assumption that nothing else issues an invoice meanwhile; the writer reserves them in
/// its transaction and, when another invoice took some in between, numbers the batch again there (gapless either way).
/// </summary>
public sealed class BillingRunner(IDocumentStore store)
{
    public const int DefaultBatchSize = 1_000;

    private readonly Lazy<Task<InvoiceStreamCopy?>> _copy = new(() => InvoiceStreamCopy.ForAsync(store, CancellationToken.None));

    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Whether invoices are written with the bulk copy (the default when the store allows it) or through Marten's append API.</summary>
    public bool UseBulkCopy { get; set; } = true;

    public async Task<bool> BulkCopyAvailableAsync() => await _copy.Value is not null;

    public sealed record BatchResult(int Processed, int Issued, Guid? LastContractId);

    private sealed record Row(Guid ContractId, DateOnly NextPeriodStart, BillingAccount? Account);

    private sealed record Plan(IReadOnlyList<(BillingAccount Account, InvoiceDraft Draft)> Invoices, IReadOnlyList<HeldBackContract> HeldBack,
        IReadOnlyList<Guid> BilledThroughMonth, IReadOnlyList<Guid> Finished, int Processed, Guid? Last, long FirstNumber,
        IReadOnlyList<InvoiceIssued> Issued, InvoiceStreamCopy.Prepared? Prepared);

    /// <summary>How many contracts a run of the month has to look at: the progress bar's 100 %.</summary>
    public static async Task<int> CountDueAsync(IQuerySession session, DateOnly monthEnd, CancellationToken cancellation) =>
        await session.Query<BillingCursor>().CountAsync(c => c.NextPeriodStart <= monthEnd, cancellation);

    public Task<BatchResult> ProcessBatchAsync(BillingRun run, Guid after, string user, DateTimeOffset now, CancellationToken cancellation) =>
        ProcessBatchesAsync(run, after, 1, user, now, cancellation);

    /// <summary>Up to <paramref name="maxBatches"/> batches after <paramref name="after"/>; LastContractId is null once nothing is left.</summary>
    /// <param name="firstNumberHint">The number the first batch is numbered ahead from; null reads the series' counter (a wrong hint costs a renumbering).</param>
    public async Task<BatchResult> ProcessBatchesAsync(BillingRun run, Guid after, int maxBatches, string user, DateTimeOffset now,
        CancellationToken cancellation, long? firstNumberHint = null)
    {
        var monthEnd = DateOnly.ParseExact(run.Month + "-01", "yyyy-MM-dd").AddMonths(1).AddDays(-1);
        var copy = UseBulkCopy ? await _copy.Value : null;
        var firstNumber = firstNumberHint ?? await PeekNextAsync(run, cancellation);
        var processed = 0;
        var issued = 0;
        Task<Plan>? next = PlanAsync(run, monthEnd, after, firstNumber, copy, now, cancellation);
        for (var batch = 0; next is not null; batch++)
        {
            var plan = await next;
            if (plan.Last is not { } last) return new BatchResult(processed, issued, null);
            // While this batch is written, the next one is read, priced and serialised on another connection.
            next = batch + 1 < maxBatches ? PlanAsync(run, monthEnd, last, plan.FirstNumber + plan.Issued.Count, copy, now, cancellation) : null;
            await WriteAsync(run, plan, copy, user, now, cancellation);
            (processed, issued, after) = (processed + plan.Processed, issued + plan.Invoices.Count, last);
        }
        return new BatchResult(processed, issued, after);
    }

    private async Task<long> PeekNextAsync(BillingRun run, CancellationToken cancellation)
    {
        await using var query = store.QuerySession();
        return await InvoiceNumbering.PeekNextAsync(query, InvoiceKind.Rent, run.IssuedOn.Year, cancellation);
    }

    private async Task<Plan> PlanAsync(BillingRun run, DateOnly monthEnd, Guid after, long firstNumber, InvoiceStreamCopy? copy, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var rows = await ReadAsync(monthEnd, after, cancellation);
        var invoices = new List<(BillingAccount, InvoiceDraft)>(rows.Count);
        var heldBack = new List<HeldBackContract>();
        var billedThroughMonth = new List<Guid>(rows.Count);
        var finished = new List<Guid>();
        foreach (var row in rows)
        {
            if (row.Account is not { } account)
            {
                heldBack.Add(new HeldBackContract(row.ContractId, "?", "?", ["Pas de compte de facturation / no billing account"]));
                continue;
            }
            if (account.MissingData() is { Count: > 0 } missing)
            {
                heldBack.Add(new HeldBackContract(account.Id, account.ContractNumber, account.CustomerName, missing));
                continue;
            }
            var lastDay = account.LastBilledDay!.Value;
            var through = lastDay < monthEnd ? lastDay : monthEnd;
            foreach (var period in BillingPeriod.Between(row.NextPeriodStart, through))
                invoices.Add((account, new InvoiceDraft(InvoiceIds.RentInvoice(account.Id, period.MonthKey), InvoiceKind.Rent,
                    RentInvoicing.LinesFor(account, period), period.Start, period.End)));
            (through == lastDay ? finished : billedThroughMonth).Add(account.Id);
        }
        var issued = Number(run, invoices, InvoiceNumbering.Range(InvoiceKind.Rent, run.IssuedOn.Year, firstNumber, invoices.Count), now);
        return new Plan(invoices, heldBack, billedThroughMonth, finished, rows.Count, rows.Count == 0 ? null : rows[^1].ContractId, firstNumber,
            issued, copy?.Prepare(issued));
    }

    private static IReadOnlyList<InvoiceIssued> Number(BillingRun run, IReadOnlyList<(BillingAccount Account, InvoiceDraft Draft)> invoices,
        IReadOnlyList<string> numbers, DateTimeOffset now) =>
        invoices.Select((d, i) => InvoiceIssuer.Issued(d.Account, d.Draft, numbers[i], run.IssuedOn, now, run.Id)).ToList();

    /// <summary>The next page of due cursors with their billing accounts, in one query.</summary>
    private async Task<IReadOnlyList<Row>> ReadAsync(DateOnly monthEnd, Guid after, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var serializer = store.Options.Serializer();
        await using var connection = await OpenAsync(session, cancellation);
        await using var command = new NpgsqlCommand(
            "select c.id, c.next_period_start, a.data from contracts.mt_doc_billingcursor c left join contracts.mt_doc_billingaccount a on a.id = c.id " +
            "where c.next_period_start <= @end and c.id > @after order by c.id limit @size", connection);
        command.Parameters.AddWithValue("end", monthEnd);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("size", BatchSize);
        var rows = new List<Row>(BatchSize);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            rows.Add(new Row(reader.GetGuid(0), reader.GetFieldValue<DateOnly>(1),
                await reader.IsDBNullAsync(2, cancellation) ? null : serializer.FromJson<BillingAccount>(reader, 2)));
        return rows;
    }

    private static async Task<NpgsqlConnection> OpenAsync(IQuerySession session, CancellationToken cancellation)
    {
        var connection = session.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        return connection;
    }

    private async Task WriteAsync(BillingRun run, Plan plan, InvoiceStreamCopy? copy, string user, DateTimeOffset now, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = user;
        var numbers = await InvoiceNumbering.ReserveAsync(session, InvoiceKind.Rent, run.IssuedOn.Year, plan.Invoices.Count, cancellation);
        var (issued, prepared) = (plan.Issued, plan.Prepared);
        if (numbers.Count > 0 && numbers[0] != issued[0].Number)
        {
            // Another invoice of the series was issued since the batch was numbered ahead: number it again, in this transaction.
            issued = Number(run, plan.Invoices, numbers, now);
            prepared = copy?.Prepare(issued);
        }
        if (copy is not null && prepared is not null && issued.Count > 0)
        {
            // The copy runs in the session's transaction: SaveChanges below commits it with the numbers, cursors and progress.
            await session.BeginTransactionAsync(cancellation);
            await copy.WriteAsync(session.Connection!, prepared, user, now, cancellation);
        }
        else
            foreach (var invoice in issued) session.Events.StartStream<Invoice>(invoice.InvoiceId, invoice);
        MoveCursors(session, plan.BilledThroughMonth, DateOnly.ParseExact(run.Month + "-01", "yyyy-MM-dd").AddMonths(1));
        MoveCursors(session, plan.Finished, BillingCursor.Done);
        session.Events.Append(run.Id, new BillingBatchCompleted(run.Id, run.Attempt, plan.Processed, issued.Count, issued.Sum(i => i.Total.ExcludingVat),
            issued.Sum(i => i.Total.IncludingVat), plan.HeldBack, plan.Last!.Value, now));
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>One statement for the whole batch: the document's JSON and its indexed column move together.</summary>
    private static void MoveCursors(IDocumentSession session, IReadOnlyList<Guid> ids, DateOnly next)
    {
        if (ids.Count == 0) return;
        session.QueueSqlCommand(
            "update contracts.mt_doc_billingcursor set data = jsonb_set(data, '{nextPeriodStart}', to_jsonb(?::text)), next_period_start = ?, " +
            "mt_last_modified = transaction_timestamp() where id = any(?)",
            next.ToString("yyyy-MM-dd"), next, ids.ToArray());
    }
}
