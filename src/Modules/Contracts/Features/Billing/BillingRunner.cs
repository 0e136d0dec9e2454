using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Marten;

namespace Leasing.Contracts.Features.Billing;

/// <summary>
/// Bills one batch of a monthly run in one transaction: the next contracts (by id) whose billing cursor is due by the
/// month's last day, each billed for every period from its cursor to the month's end (a contract delivered after last
/// month's run gets last month's prorated days too). The invoices (one stream each, id derived from contract and
/// month), their gapless numbers, the cursors (one statement) and the batch's progress commit together, so a crash
/// loses or repeats nothing and a second run of the month finds no contract due.
/// </summary>
public sealed class BillingRunner(IDocumentStore store)
{
    public const int DefaultBatchSize = 1_000;

    public int BatchSize { get; init; } = DefaultBatchSize;

    public sealed record BatchResult(int Processed, int Issued, Guid? LastContractId);

    /// <summary>How many contracts a run of the month has to look at: the progress bar's 100 %.</summary>
    public static async Task<int> CountDueAsync(IQuerySession session, DateOnly monthEnd, CancellationToken cancellation) =>
        await session.Query<BillingCursor>().CountAsync(c => c.NextPeriodStart <= monthEnd, cancellation);

    public async Task<BatchResult> ProcessBatchAsync(BillingRun run, Guid after, string user, DateTimeOffset now, CancellationToken cancellation)
    {
        var monthStart = DateOnly.ParseExact(run.Month + "-01", "yyyy-MM-dd");
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        await using var session = store.LightweightSession();
        session.LastModifiedBy = user;

        var cursors = await session.QueryAsync<BillingCursor>(
            "where next_period_start <= ? and id > ? order by id limit ?", cancellation, monthEnd, after, BatchSize);
        if (cursors.Count == 0) return new BatchResult(0, 0, null);
        var accounts = (await session.LoadManyAsync<BillingAccount>(cancellation, cursors.Select(c => c.Id))).ToDictionary(a => a.Id);

        var drafts = new List<(BillingAccount Account, InvoiceDraft Draft)>(cursors.Count);
        var heldBack = new List<HeldBackContract>();
        var billedThroughMonth = new List<Guid>(cursors.Count);
        var finished = new List<Guid>();
        foreach (var cursor in cursors)
        {
            if (!accounts.TryGetValue(cursor.Id, out var account))
            {
                heldBack.Add(new HeldBackContract(cursor.Id, "?", "?", ["Pas de compte de facturation / no billing account"]));
                continue;
            }
            if (account.MissingData() is { Count: > 0 } missing)
            {
                heldBack.Add(new HeldBackContract(account.Id, account.ContractNumber, account.CustomerName, missing));
                continue;
            }
            var last = account.LastBilledDay!.Value;
            var through = last < monthEnd ? last : monthEnd;
            foreach (var period in BillingPeriod.Between(cursor.NextPeriodStart, through))
                drafts.Add((account, new InvoiceDraft(InvoiceIds.RentInvoice(account.Id, period.MonthKey), InvoiceKind.Rent,
                    RentInvoicing.LinesFor(account, period), period.Start, period.End)));
            (through == last ? finished : billedThroughMonth).Add(account.Id);
        }

        var numbers = await InvoiceNumbering.ReserveAsync(session, InvoiceKind.Rent, run.IssuedOn.Year, drafts.Count, cancellation);
        var totalHt = 0m;
        var totalTtc = 0m;
        for (var i = 0; i < drafts.Count; i++)
        {
            var issued = InvoiceIssuer.Issued(drafts[i].Account, drafts[i].Draft, numbers[i], run.IssuedOn, now, run.Id);
            totalHt += issued.Total.ExcludingVat;
            totalTtc += issued.Total.IncludingVat;
            session.Events.StartStream<Invoice>(issued.InvoiceId, issued);
        }
        MoveCursors(session, billedThroughMonth, monthEnd.AddDays(1));
        MoveCursors(session, finished, BillingCursor.Done);
        session.Events.Append(run.Id, new BillingBatchCompleted(run.Id, run.Attempt, cursors.Count, drafts.Count, totalHt, totalTtc, heldBack,
            cursors[^1].Id, now));
        await session.SaveChangesAsync(cancellation);
        return new BatchResult(cursors.Count, drafts.Count, cursors[^1].Id);
    }

    /// <summary>One statement for the whole batch: the document's JSON and its indexed column move together.</summary>
    private static void MoveCursors(IDocumentSession session, List<Guid> ids, DateOnly next)
    {
        if (ids.Count == 0) return;
        session.QueueSqlCommand(
            "update contracts.mt_doc_billingcursor set data = jsonb_set(data, '{nextPeriodStart}', to_jsonb(?::text)), next_period_start = ?, " +
            "mt_last_modified = transaction_timestamp() where id = any(?)",
            next.ToString("yyyy-MM-dd"), next, ids.ToArray());
    }
}
