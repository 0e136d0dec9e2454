using Leasing.Workflows.Definitions;
using Leasing.Workflows.Expressions;
using Leasing.Workflows.Runtime.Instances;

namespace Leasing.Workflows.Runtime.Execution;

/// <summary>
/// One execution of the executor: the state as its own events change it, the events and effects so far, and the
/// activities still to enter (a queue, so Fork branches run side by side, breadth first).
/// </summary>
internal sealed partial class ExecutionRun(WorkflowDefinition definition, WorkflowInstance state, DateTimeOffset now,
    ExpressionSandbox sandbox, Func<Guid> newId, Func<string, System.Text.Json.Nodes.JsonObject, string?>? checkCommand)
{
    private readonly List<object> _events = [];
    private readonly List<RuntimeEffect> _effects = [];
    private readonly LinkedList<(string ActivityId, string? From)> _pending = new();
    private readonly WorkflowInstance _original = state;
    private WorkflowInstance _state = state;
    private int _steps;

    public void Record(object @event)
    {
        _events.Add(@event);
        _state = @event is WorkflowStarted ? _state : _state.Evolve(@event);
    }

    public void Schedule(string activityId, string? from) => _pending.AddLast((activityId, from));

    public ExecutionResult Result() => new(_events, _effects, _state);

    public ExecutionResult Refuse(string reason, string? field = null) => new([], [], _original, reason, field);

    /// <summary>Enters pending activities until every branch waits, fails or ends; completes the instance when nothing is left.</summary>
    public ExecutionResult Drain()
    {
        while (!_state.Ended && _pending.First is { } next)
        {
            _pending.RemoveFirst();
            if (++_steps > WorkflowExecutor.MaxStepsPerRun)
            {
                RaiseIncident(next.Value.ActivityId,
                    $"{WorkflowExecutor.MaxStepsPerRun} activities ran without waiting for anything: the chart loops. Fix the definition, then retry.");
                _pending.Clear();
                break;
            }
            Enter(next.Value.ActivityId, next.Value.From);
        }

        if (!_state.Ended && _state.Bookmarks.Count == 0 && _state.Incidents.Count == 0) End(endActivityId: null);
        return Result();
    }

    /// <summary>The activity finished through <paramref name="ports"/>: whatever they connect to runs next.</summary>
    private void Complete(string activityId, IReadOnlyList<string> ports)
    {
        Record(new ActivityCompleted(activityId, ports, now));
        foreach (var port in ports)
            foreach (var connection in definition.Root.Connections)
                if (connection.Source.Activity == activityId && (connection.Source.Port ?? OutcomePorts.Done) == port)
                    Schedule(connection.Target.Activity, activityId);
    }

    private void Complete(string activityId, string port) => Complete(activityId, [port]);

    private void RaiseIncident(string activityId, string reason) => Record(new IncidentRaised(newId(), activityId, reason, now));

    /// <summary>An End was reached (or nothing is left to run): every remaining wait is cancelled and the instance completes.</summary>
    private void End(string? endActivityId)
    {
        CancelWaits(_state.Bookmarks, "the instance completed");
        Record(new WorkflowCompleted(endActivityId, now));
        _pending.Clear();
        if (_state.ParentInstanceId is { } parent) _effects.Add(new ResumeParent(parent, _state.Id, Completed: true));
    }

    private void CancelWaits(IEnumerable<Bookmark> bookmarks, string reason)
    {
        foreach (var bookmark in bookmarks.ToList())
            Record(bookmark.Kind == BookmarkKind.Task
                ? new TaskCancelled(bookmark.Id, bookmark.ActivityId, reason, now)
                : new BookmarkCancelled(bookmark.Id, bookmark.ActivityId, reason, now));
    }
}
