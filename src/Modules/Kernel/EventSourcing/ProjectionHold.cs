using JasperFx.Events.Daemon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Leasing.Kernel.EventSourcing;

/// <summary>
/// Holds this node's asynchronous projections while a bulk job writes, and lets them catch up once it is done.
/// <para>
/// A bulk job (a lead import) writes what users work with in its own transactions: the documents, the timers, the
/// announcements. Only the report-style read models wait for the daemon. On a node whose daemon runs beside the job,
/// the daemon reads back every event the job commits while the job is still writing, and both share the cores: the
/// job took twice as long and the read models were current no sooner (bench/README.md, "Lead intake"). Held, the job
/// runs alone and the daemon catches up from where it stood, in one pass over the job's events.
/// </para>
/// Jobs may overlap: the first hold pauses the daemon, the last release resumes it. Only a node that runs the whole
/// daemon itself (<paramref name="daemonOnThisNode"/>: one node, the embedded default) holds anything: in a cluster
/// Wolverine spreads the projections over the nodes, and one node's job does not stop the others' agents.
/// </summary>
public sealed class ProjectionHold(IServiceProvider services, ILogger<ProjectionHold> logger, bool daemonOnThisNode)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _holders;

    /// <summary>Whether a job holds the projections right now.</summary>
    public bool IsHeld => Volatile.Read(ref _holders) > 0;

    /// <summary>Holds the projections until the answer is disposed.</summary>
    public async Task<IAsyncDisposable> HoldAsync(string job, CancellationToken cancellation)
    {
        var coordinator = daemonOnThisNode ? services.GetService<IProjectionCoordinator>() : null;
        await _gate.WaitAsync(cancellation);
        try
        {
            if (_holders++ == 0 && coordinator is not null)
            {
                logger.LogInformation("Asynchronous projections held while {Job} writes.", job);
                await coordinator.PauseAsync();
            }
        }
        finally { _gate.Release(); }
        return new Release(this, coordinator, job);
    }

    private async Task ReleaseAsync(IProjectionCoordinator? coordinator, string job)
    {
        // Not cancellable: a hold that is not released would leave the read models stale until the node restarts.
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            if (--_holders == 0 && coordinator is not null)
            {
                await coordinator.ResumeAsync();
                logger.LogInformation("Asynchronous projections resumed after {Job}; they catch up from where they stood.", job);
            }
        }
        finally { _gate.Release(); }
    }

    private sealed class Release(ProjectionHold hold, IProjectionCoordinator? coordinator, string job) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) await hold.ReleaseAsync(coordinator, job);
        }
    }
}
