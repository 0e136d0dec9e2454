using System.Reflection;
using JasperFx.Events;
using Marten;

namespace Leasing.Audit.Features;

public sealed record HistoryEvent(long Sequence, long Version, string Type, DateTimeOffset Timestamp, string? UserName,
    string? CorrelationId, string? CausationId, Dictionary<string, object>? Headers, object Data);

public sealed record StreamHistoryView(Guid StreamId, string? AggregateType, long CurrentVersion, DateTimeOffset? AsOf, long? AtVersion,
    IReadOnlyList<HistoryEvent> Events, object? State);

/// <summary>
/// Reads a stream for auditors: every event with who, why and when, and the aggregate rebuilt as it was at a
/// past date or version. Used by the history API and the admin's history page alike.
/// </summary>
public sealed class StreamHistory(IQuerySession session, AuditedAggregates audited)
{
    private static readonly MethodInfo AggregateMethod = typeof(StreamHistory).GetMethod(nameof(AggregateAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task<StreamHistoryView?> ReadAsync(Guid streamId, DateTimeOffset? asOf, long? atVersion, CancellationToken cancellation)
    {
        var state = await session.Events.FetchStreamStateAsync(streamId, cancellation);
        if (state is null) return null;

        var events = await session.Events.FetchStreamAsync(streamId, atVersion ?? 0, asOf, token: cancellation);
        var aggregate = audited.Find(state.AggregateType);
        object? rebuilt = null;
        if (aggregate is not null)
        {
            var task = (Task<object?>)AggregateMethod.MakeGenericMethod(aggregate.AggregateType)
                .Invoke(null, [session, streamId, atVersion ?? 0, asOf, cancellation])!;
            rebuilt = await task;
        }

        return new StreamHistoryView(streamId, aggregate?.DisplayName ?? state.AggregateType?.Name, state.Version, asOf, atVersion,
            events.Select(ToView).ToList(), rebuilt);
    }

    private static async Task<object?> AggregateAsync<T>(IQuerySession session, Guid streamId, long version, DateTimeOffset? asOf,
        CancellationToken cancellation) where T : class =>
        await session.Events.AggregateStreamAsync<T>(streamId, version, asOf, token: cancellation);

    private static HistoryEvent ToView(IEvent e) => new(e.Sequence, e.Version, e.EventTypeName, e.Timestamp, e.UserName,
        e.CorrelationId, e.CausationId, e.Headers, e.Data);
}
