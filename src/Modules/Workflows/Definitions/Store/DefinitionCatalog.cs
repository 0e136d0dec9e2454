using System.Collections.Concurrent;
using Marten;
using Marten.Services.BatchQuerying;

namespace Leasing.Workflows.Definitions.Store;

/// <summary>
/// Reads definitions for the runtime. Published and retired versions never change, so they are cached for the
/// life of the process; which version is published is always read from the database (another node may publish).
/// </summary>
public sealed class DefinitionCatalog
{
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinition> _frozen = new();

    /// <summary>Forgets the cached versions: after the database was emptied (tests), ids may be reused with other content.</summary>
    public void Clear()
    {
        _frozen.Clear();
        _lastRoutes.Clear();
    }

    /// <exception cref="InvalidOperationException">The version does not exist (the instance names one that was never saved).</exception>
    public async Task<WorkflowDefinition> GetAsync(IQuerySession session, string definitionId, int version, CancellationToken cancellation)
    {
        if (_frozen.TryGetValue((definitionId, version), out var cached)) return cached;
        var history = await session.LoadAsync<DefinitionHistory>(DefinitionHistory.StreamIdOf(definitionId), cancellation);
        var found = history?.Versions.Find(version)
            ?? throw new InvalidOperationException($"'{definitionId}' has no version {version}.");
        if (found.Status != Versions.VersionStatus.Draft) _frozen[(definitionId, version)] = found.Definition;
        return found.Definition;
    }

    public async Task<WorkflowDefinition?> PublishedAsync(IQuerySession session, string definitionId, CancellationToken cancellation)
    {
        var history = await session.LoadAsync<DefinitionHistory>(DefinitionHistory.StreamIdOf(definitionId), cancellation);
        return history?.Versions.Published?.Definition;
    }

    /// <summary>
    /// What an integration event means to the workflows: the published definitions it starts and the correlation
    /// expressions of the waits for it in any runnable version. One small query (version numbers only); the
    /// definitions come from the cache of frozen versions.
    /// </summary>
    public async Task<SignalRoutes> RoutesForAsync(IQuerySession session, string eventType, CancellationToken cancellation) =>
        await RoutesFromAsync(session, eventType, await session.Query<DefinitionHistory>().Select(VersionNumbersOf).ToListAsync(cancellation), cancellation);

    /// <summary>The same small query, queued in a batch so a caller can send its other queries with it.</summary>
    public Task<IReadOnlyList<VersionNumbers>> QueueVersionNumbers(IBatchedQuery batch) => batch.Query<DefinitionHistory>().Select(VersionNumbersOf).ToList();

    /// <summary>The routes an event had the last time it was signalled on this node: a guess to query ahead with, checked after.</summary>
    public SignalRoutes? LastRoutes(string eventType) => _lastRoutes.GetValueOrDefault(eventType);

    public async Task<SignalRoutes> RoutesFromAsync(IQuerySession session, string eventType, IReadOnlyList<VersionNumbers> catalogue,
        CancellationToken cancellation)
    {
        var starts = new List<WorkflowDefinition>();
        var expressions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in catalogue.OrderBy(e => e.DefinitionId, StringComparer.Ordinal))
            foreach (var number in entry.RunnableVersions)
            {
                var definition = await GetAsync(session, entry.DefinitionId, number, cancellation);
                if (number == entry.PublishedVersion && definition.Triggers.Any(t => t.EventType == eventType)) starts.Add(definition);
                foreach (var wait in WaitsFor(definition, eventType)) expressions.Add(wait);
            }
        var routes = new SignalRoutes(starts, expressions);
        _lastRoutes[eventType] = routes;
        return routes;
    }

    private static readonly System.Linq.Expressions.Expression<Func<DefinitionHistory, VersionNumbers>> VersionNumbersOf =
        h => new VersionNumbers(h.DefinitionId, h.PublishedVersion, h.RunnableVersions);

    private readonly ConcurrentDictionary<string, SignalRoutes> _lastRoutes = new(StringComparer.Ordinal);

    private static IEnumerable<string> WaitsFor(WorkflowDefinition definition, string eventType) => definition.Root.Activities
        .Where(a => a.Type == ActivityTypes.WaitForEvent)
        .Select(a => Activities.ActivitySettingsReader.Read(a).Settings as Activities.WaitForEventSettings)
        .Where(w => w?.EventType == eventType)
        .Select(w => w!.Correlation ?? "");
}

/// <summary>Which versions of a definition exist to run, and which one is published: all a signal needs to read.</summary>
public sealed record VersionNumbers(string DefinitionId, int? PublishedVersion, IReadOnlyList<int> RunnableVersions);

/// <param name="Starts">The published definitions the event triggers.</param>
/// <param name="WaitExpressions">The distinct correlation expressions of the waits for the event ("" waits for any).</param>
public sealed record SignalRoutes(IReadOnlyList<WorkflowDefinition> Starts, IReadOnlySet<string> WaitExpressions)
{
    /// <summary>The same definitions (id and version) and expressions: what was queried ahead with a guess still holds.</summary>
    public bool SameAs(SignalRoutes other) =>
        Starts.Select(d => (d.DefinitionId, d.Version)).SequenceEqual(other.Starts.Select(d => (d.DefinitionId, d.Version)))
        && WaitExpressions.SetEquals(other.WaitExpressions);
}
