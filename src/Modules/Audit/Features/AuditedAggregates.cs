using Leasing.Kernel.Modules;

namespace Leasing.Audit.Features;

/// <summary>
/// The aggregates every module declared as rebuildable. Only these types are ever instantiated from a
/// stream by the history API, so a caller cannot make the server fold a stream into an arbitrary type.
/// </summary>
public sealed class AuditedAggregates(IEnumerable<ILeasingModule> modules)
{
    private readonly Dictionary<Type, AuditedAggregate> _byType =
        modules.SelectMany(m => m.AuditedAggregates).ToDictionary(a => a.AggregateType);

    public AuditedAggregate? Find(Type? aggregateType) =>
        aggregateType is not null && _byType.TryGetValue(aggregateType, out var audited) ? audited : null;
}
