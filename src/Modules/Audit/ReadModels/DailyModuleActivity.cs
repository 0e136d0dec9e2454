using System.Runtime.CompilerServices;
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
/// report-style read model of the foundation and what the home page's daemon progress shows.
/// </summary>
public sealed partial class DailyModuleActivityProjection : EventProjection
{
    // The daemon applies a whole batch of events through one operations object before committing it, and a load
    // only sees committed rows: counts of the same day and module within a batch are carried here.
    private readonly ConditionalWeakTable<IDocumentOperations, Dictionary<string, DailyModuleActivity>> _pendingByBatch = new();

    public override async ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.Timestamp, BusinessCalendar.Paris).DateTime);
        var module = ModuleNames.Of(e.EventType);
        var id = DailyModuleActivity.KeyOf(day, module);

        var pending = _pendingByBatch.GetOrCreateValue(operations);
        var current = pending.TryGetValue(id, out var inBatch) ? inBatch : await operations.LoadAsync<DailyModuleActivity>(id, cancellation);
        var next = current is null ? new DailyModuleActivity(id, day, module, 1) : current with { Events = current.Events + 1 };
        pending[id] = next;
        operations.Store(next);
    }
}
