using JasperFx.Events;
using Leasing.Kernel.Time;
using Marten;
using Marten.Events.Projections;

namespace Leasing.Audit.ReadModels;

/// <summary>How many events each module recorded on a given day (Paris time): the home page's activity chart.</summary>
public sealed record DailyModuleActivity(string Id, DateOnly Day, string Module, long Events)
{
    public static string KeyOf(DateOnly day, string module) => $"{day:yyyy-MM-dd}/{module}";
}

/// <summary>
/// An asynchronous projection over every event of every module, run by the projection daemon: it is the
/// report-style read model of the foundation and what the home page's daemon progress shows. It takes the daemon's
/// batch whole: counts are summed per day and module, the days already counted are read in one query, and each is
/// written once per batch, so its cost grows with the days and modules a batch touches, not with its events.
/// </summary>
public sealed class DailyModuleActivityProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var counts = events
            .GroupBy(e => (Day: DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.Timestamp, BusinessCalendar.Paris).DateTime), Module: ModuleNames.Of(e.EventType)))
            .ToDictionary(g => DailyModuleActivity.KeyOf(g.Key.Day, g.Key.Module), g => (g.Key.Day, g.Key.Module, Count: g.LongCount()));
        var existing = (await operations.LoadManyAsync<DailyModuleActivity>(cancellation, counts.Keys)).ToDictionary(a => a.Id);
        foreach (var (id, (day, module, count)) in counts)
            operations.Store(existing.TryGetValue(id, out var current)
                ? current with { Events = current.Events + count }
                : new DailyModuleActivity(id, day, module, count));
    }
}
