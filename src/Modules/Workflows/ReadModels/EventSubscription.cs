using JasperFx.Events;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Marten.Events.Projections;

namespace Leasing.Workflows.ReadModels;

/// <summary>
/// An instance waiting for an integration event: a signal finds the waits for its type here (one indexed query),
/// evaluates each distinct correlation expression once against the event, and resumes the waits whose key matches.
/// </summary>
public sealed record EventSubscription(Guid Id, Guid InstanceId, string ActivityId, string EventType, string CorrelationExpression, string? CorrelationKey);

/// <summary>Inline, so a wait is findable as soon as the transaction that created it commits, and gone when it ends.</summary>
public sealed partial class EventSubscriptionProjection : EventProjection
{
    public EventSubscription Create(IEvent<EventAwaited> e) =>
        new(e.Data.BookmarkId, e.StreamId, e.Data.ActivityId, e.Data.EventType, e.Data.CorrelationExpression, e.Data.CorrelationKey);

    public void Project(EventReceived e, IDocumentOperations operations) => operations.Delete<EventSubscription>(e.BookmarkId);

    public void Project(BookmarkCancelled e, IDocumentOperations operations) => operations.Delete<EventSubscription>(e.BookmarkId);
}
