using Leasing.Kernel.Time;
using Marten;
using Npgsql;

namespace Leasing.Audit.ReadModels;

public sealed record ModuleEventCount(string Module, long Events);

public sealed record ProjectionProgress(string Name, long Sequence, long HighWaterMark)
{
    /// <summary>"Leasing.Audit.ReadModels.DailyModuleActivityProjection:All" → "DailyModuleActivity".</summary>
    public string DisplayName => Name.Split(':')[0].Split('.')[^1].Replace("Projection", "");

    public double Percent => HighWaterMark == 0 ? 100 : Math.Min(100, 100.0 * Sequence / HighWaterMark);
}

public sealed record PlatformStatusView(bool DatabaseReachable, string? DatabaseError, long EventsStored, long Streams,
    IReadOnlyList<ModuleEventCount> EventsLast24HoursByModule, IReadOnlyList<ProjectionProgress> Projections,
    IReadOnlyList<DailyModuleActivity> ActivityLast30Days, DateTimeOffset MeasuredAt);

/// <summary>Real figures for the home page: database status, events stored, recent activity, daemon progress.</summary>
public sealed class PlatformStatus(IDocumentStore store, TimeProvider clock)
{
    public async Task<PlatformStatusView> ReadAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        try
        {
            var statistics = await store.Advanced.FetchEventStoreStatistics(token: cancellation);
            var (events, streams) = await ExactCountsAsync(cancellation);
            var last24Hours = await CountByModuleSinceAsync(now.AddHours(-24), cancellation);
            var progress = await store.Advanced.AllProjectionProgress(token: cancellation);
            var highWater = progress.FirstOrDefault(p => p.ShardName == "HighWaterMark")?.Sequence ?? statistics.EventSequenceNumber;
            var projections = progress.Where(p => p.ShardName != "HighWaterMark")
                .Select(p => new ProjectionProgress(p.ShardName, p.Sequence, highWater)).ToList();

            await using var session = store.QuerySession();
            var since = clock.Today().AddDays(-29);
            var activity = await session.Query<DailyModuleActivity>().Where(a => a.Day >= since).OrderBy(a => a.Day).ToListAsync(cancellation);
            return new PlatformStatusView(true, null, events, streams, last24Hours, projections, activity.ToList(), now);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return new PlatformStatusView(false, e.Message, 0, 0, [], [], [], now);
        }
    }

    /// <summary>Marten's statistics estimate row counts from the planner; the home page shows exact figures.</summary>
    private async Task<(long Events, long Streams)> ExactCountsAsync(CancellationToken cancellation)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var session = store.QuerySession();
        var counts = await session.QueryAsync<long>(
            $"select count(*) from {schema}.mt_events union all select count(*) from {schema}.mt_streams", cancellation);
        return (counts[0], counts[1]);
    }

    private async Task<IReadOnlyList<ModuleEventCount>> CountByModuleSinceAsync(DateTimeOffset since, CancellationToken cancellation)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var session = store.QuerySession();
        var command = new NpgsqlCommand($"select mt_dotnet_type, count(*) from {schema}.mt_events where timestamp >= @since group by mt_dotnet_type");
        command.Parameters.AddWithValue("since", since.UtcDateTime);
        var counts = new Dictionary<string, long>();
        await using var reader = await session.ExecuteReaderAsync(command, cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var module = ModuleNames.Of(reader.IsDBNull(0) ? null : reader.GetString(0));
            counts[module] = counts.GetValueOrDefault(module) + reader.GetInt64(1);
        }
        return counts.Select(c => new ModuleEventCount(c.Key, c.Value)).OrderByDescending(c => c.Events).ToList();
    }
}
