using System.Diagnostics;
using JasperFx.Events.Daemon;
using Leasing.Prospecting.ReadModels;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Leasing.Bench.Prospecting;

/// <summary>An event the bench appends to measure Marten's own append rate; no projection reads it.</summary>
public sealed record BenchEventAppended(Guid Id, int Number, string Note);

/// <summary>
/// The statistics projection catching up from the first event (Marten's rebuild: its rows dropped, every lead event
/// of the store read again by the async daemon), beside Marten's append rate measured just after in the same run:
/// as many events as the projection read, appended through the API 1 000 per transaction, each on a new stream as
/// a captured lead is.
/// </summary>
public static class StatisticsBench
{
    public sealed record Result(long Events, TimeSpan CatchUp, long Appended, TimeSpan Append)
    {
        public double ProjectionRate => Events / CatchUp.TotalSeconds;

        public double AppendRate => Appended / Append.TotalSeconds;
    }

    private static readonly string[] ProjectedTypes = ["lead_captured", "lead_acknowledged", "lead_qualified", "offer_made", "lead_won"];

    public static async Task<Result> RunAsync(WebApplication app, IDocumentStore store)
    {
        long events;
        await using (var session = store.QuerySession())
            events = (await session.QueryAsync<long>("select count(*) from events.mt_events where type = any(?)", new object[] { ProjectedTypes })).Single();

        var daemon = app.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        var catchUp = Stopwatch.StartNew();
        await daemon.RebuildProjectionAsync<LeadStatisticsProjection>(TimeSpan.FromMinutes(10), CancellationToken.None);
        catchUp.Stop();
        long rows;
        await using (var session = store.QuerySession())
            rows = await session.Query<LeadStatisticsRow>().CountAsync();
        if (rows == 0) throw new InvalidOperationException("The rebuild wrote no statistics row.");

        var append = Stopwatch.StartNew();
        for (var done = 0L; done < events; done += 1_000)
        {
            await using var session = store.LightweightSession();
            session.LastModifiedBy = "bench";
            for (var i = 0; i < 1_000 && done + i < events; i++)
            {
                var id = Guid.CreateVersion7();
                session.Events.StartStream(id, new BenchEventAppended(id, (int)(done + i), "Marten's append rate"));
            }
            await session.SaveChangesAsync();
        }
        append.Stop();
        return new Result(events, catchUp.Elapsed, events, append.Elapsed);
    }
}
