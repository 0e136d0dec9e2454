using System.Diagnostics;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Features.Billing;
using Marten;

namespace Leasing.Billing.Bench;

/// <summary>
/// One billing run of a month as the product runs it: the run's stream started as the endpoint starts it, then the
/// runner's batches in order until one finds nothing (what the ProcessBillingBatch handler chain does, without the
/// queue between batches), then the completion.
/// </summary>
public static class BillingBench
{
    public sealed record Result(int Processed, int Issued, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(IDocumentStore store, BillingRunner runner, string month)
    {
        var watch = Stopwatch.StartNew();
        var id = InvoiceIds.BillingRun(month);
        var monthStart = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd");
        BillingRun run;
        await using (var session = store.LightweightSession())
        {
            session.LastModifiedBy = "bench";
            var stream = await session.Events.FetchForWriting<BillingRun>(id);
            var attempt = (stream.Aggregate?.Attempt ?? 0) + 1;
            var due = await BillingRunner.CountDueAsync(session, monthStart.AddMonths(1).AddDays(-1), CancellationToken.None);
            var started = new BillingRunStarted(id, month, attempt, due, monthStart, DateTimeOffset.UtcNow);
            if (stream.Aggregate is null) session.Events.StartStream<BillingRun>(id, started);
            else stream.AppendOne(started);
            await session.SaveChangesAsync();
            run = (await session.LoadAsync<BillingRun>(id))!;
        }
        var after = Guid.Empty;
        var processed = 0;
        var issued = 0;
        while (true)
        {
            var batch = await runner.ProcessBatchesAsync(run, after, ProcessBillingBatchHandler.BatchesPerMessage, "bench", DateTimeOffset.UtcNow,
                CancellationToken.None);
            (processed, issued) = (processed + batch.Processed, issued + batch.Issued);
            if (batch.LastContractId is not { } last) break;
            after = last;
        }
        await using (var session = store.LightweightSession())
        {
            session.Events.Append(id, new BillingRunCompleted(id, run.Attempt, DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        return new Result(processed, issued, watch.Elapsed);
    }
}
