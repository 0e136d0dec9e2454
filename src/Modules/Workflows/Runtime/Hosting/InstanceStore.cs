using Leasing.Workflows.Runtime.Instances;
using Marten;

namespace Leasing.Workflows.Runtime.Hosting;

/// <summary>
/// Reads and writes an instance: its events appended at the version it was read at (so two concurrent writers cannot
/// both advance it: the second fails the version check and retries on the new state), and its document, the state
/// those events lead to, written beside them in the same transaction. The runtime computes that state anyway (the
/// executor folds its own events through <see cref="WorkflowInstance.Evolve"/>, the fold Marten would run), so the
/// document is stored as computed instead of being read back and folded again at commit: one read per step, not three.
/// </summary>
public static class InstanceStore
{
    public static Task<WorkflowInstance?> LoadAsync(IQuerySession session, Guid id, CancellationToken cancellation) =>
        session.LoadAsync<WorkflowInstance>(id, cancellation);

    public static void Start(IDocumentSession session, WorkflowInstance state, IReadOnlyList<object> events)
    {
        session.Events.StartStream<WorkflowInstance>(state.Id, events.ToArray());
        session.Store(state with { Version = events.Count });
    }

    /// <summary>Appends at the version <paramref name="before"/> was read at; <paramref name="after"/> is what the events made of it.</summary>
    public static void Append(IDocumentSession session, WorkflowInstance before, IReadOnlyList<object> events, WorkflowInstance after)
    {
        if (events.Count == 0) return;
        var version = before.Version + events.Count;
        session.Events.Append(before.Id, version, events.ToArray());
        session.Store(after with { Version = version });
    }

    /// <summary>One event on an instance read for writing, its new state folded here.</summary>
    public static void Append(IDocumentSession session, WorkflowInstance before, object @event) =>
        Append(session, before, [@event], before.Evolve(@event));
}
