using Leasing.Contracts.Domain.Billing;
using Marten;

namespace Leasing.Contracts.Features.Billing;

/// <summary>The next batches of a billing run, after the contract <see cref="After"/> (keyset order).</summary>
public sealed record ProcessBillingBatch(Guid RunId, int Attempt, Guid After, string StartedBy);

public static class ProcessBillingBatchHandler
{
    /// <summary>Batches handled by one message: long enough to keep the pipeline full, short enough to stay far from any timeout.</summary>
    public const int BatchesPerMessage = 10;

    /// <summary>
    /// Bills a batch and sends the next one, or completes the run. Each batch commits on its own (the runner's session),
    /// so this handler takes no transaction of its own; a redelivered batch bills nothing twice (cursors have moved).
    /// </summary>
    public static async Task<object?> Handle(ProcessBillingBatch batch, IDocumentStore store, BillingRunner runner, TimeProvider clock,
        CancellationToken cancellation)
    {
        BillingRun? run;
        await using (var query = store.QuerySession()) run = await query.LoadAsync<BillingRun>(batch.RunId, cancellation);
        if (run is not { Status: BillingRunStatus.Running } || run.Attempt != batch.Attempt) return null;

        var result = await runner.ProcessBatchesAsync(run, batch.After, BatchesPerMessage, batch.StartedBy, clock.GetUtcNow(), cancellation);
        if (result.LastContractId is { } last) return batch with { After = last };

        await using var session = store.LightweightSession();
        session.LastModifiedBy = batch.StartedBy;
        session.Events.Append(run.Id, new BillingRunCompleted(run.Id, run.Attempt, clock.GetUtcNow()));
        await session.SaveChangesAsync(cancellation);
        return null;
    }
}
