using System.Collections.Concurrent;
using Marten;

namespace Leasing.Workflows.Definitions.Store;

/// <summary>
/// Reads definitions for the runtime. Published and retired versions never change, so they are cached for the
/// life of the process; which version is published is always read from the database (another node may publish).
/// </summary>
public sealed class DefinitionCatalog
{
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinition> _frozen = new();

    /// <summary>Forgets the cached versions: after the database was emptied (tests), ids may be reused with other content.</summary>
    public void Clear() => _frozen.Clear();

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

    /// <summary>The published definitions an event type starts.</summary>
    public async Task<IReadOnlyList<WorkflowDefinition>> TriggeredByAsync(IQuerySession session, string eventType, CancellationToken cancellation)
    {
        var histories = await session.Query<DefinitionHistory>().ToListAsync(cancellation);
        return histories.Select(h => h.Versions.Published?.Definition).OfType<WorkflowDefinition>()
            .Where(d => d.Triggers.Any(t => t.EventType == eventType)).ToList();
    }
}
