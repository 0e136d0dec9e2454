using Leasing.Workflows.Definitions.Activities;
using Leasing.Workflows.Runtime.Instances;

namespace Leasing.Workflows.Runtime.Execution;

internal sealed partial class ExecutionRun
{
    public ExecutionResult CompleteTask(CompleteTask command)
    {
        if (_state.FindBookmark(command.TaskId) is not { Task: { } task } bookmark)
            return Refuse("The task is no longer open: it was completed or cancelled.");
        if (!task.Outcomes.Contains(command.Outcome, StringComparer.Ordinal))
            return Refuse($"'{command.Outcome}' is not an outcome of this task ({string.Join(", ", task.Outcomes)}).", "outcome");
        Record(new TaskCompleted(command.TaskId, bookmark.ActivityId, command.Outcome, command.Fields, command.By, now));
        Complete(bookmark.ActivityId, command.Outcome);
        return Drain();
    }

    public ExecutionResult Deliver(DeliverEvent delivery)
    {
        if (_state.FindBookmark(delivery.BookmarkId) is not { Kind: BookmarkKind.Event } bookmark) return Result();
        Record(new EventReceived(delivery.BookmarkId, bookmark.ActivityId, delivery.EventType, delivery.Payload?.DeepClone(), now));
        Complete(bookmark.ActivityId, Definitions.OutcomePorts.Done);
        return Drain();
    }

    public ExecutionResult Fire(FireTimer timer)
    {
        if (_state.FindBookmark(timer.TimerId) is not { Kind: BookmarkKind.Timer } bookmark) return Result();
        Record(new TimerFired(timer.TimerId, bookmark.ActivityId, now));
        Complete(bookmark.ActivityId, Definitions.OutcomePorts.Done);
        return Drain();
    }

    public ExecutionResult EndChild(EndChild child)
    {
        if (_state.FindBookmark(child.ChildInstanceId) is not { Kind: BookmarkKind.SubWorkflow } bookmark) return Result();
        Record(new SubWorkflowEnded(child.ChildInstanceId, bookmark.ActivityId, child.Completed, now));
        if (child.Completed) Complete(bookmark.ActivityId, Definitions.OutcomePorts.Done);
        else RaiseIncident(bookmark.ActivityId, "The sub-workflow was cancelled before it completed.");
        return Drain();
    }

    public ExecutionResult Retry(RetryIncident retry)
    {
        if (_state.Incidents.FirstOrDefault(i => i.Id == retry.IncidentId) is not { } incident)
            return Refuse("The incident is already resolved.");
        Record(new IncidentResolved(incident.Id, incident.ActivityId, "Retried", null, retry.By, now));
        Schedule(incident.ActivityId, from: null);
        return Drain();
    }

    public ExecutionResult Skip(SkipIncident skip)
    {
        if (_state.Incidents.FirstOrDefault(i => i.Id == skip.IncidentId) is not { } incident)
            return Refuse("The incident is already resolved.");
        var activity = definition.FindActivity(incident.ActivityId);
        var ports = activity is null ? [] : ActivitySettingsReader.Read(activity).Settings?.Ports() ?? [];
        if (ports.Count > 0 && !ports.Contains(skip.Outcome, StringComparer.Ordinal))
            return Refuse($"'{skip.Outcome}' is not an outcome of '{incident.ActivityId}' ({string.Join(", ", ports)}).", "outcome");
        Record(new IncidentResolved(incident.Id, incident.ActivityId, "Skipped", skip.Outcome, skip.By, now));
        if (ports.Count == 0) End(incident.ActivityId);
        else Complete(incident.ActivityId, skip.Outcome);
        return Drain();
    }

    public ExecutionResult Cancel(CancelInstance cancel)
    {
        CancelWaits(_state.Bookmarks, "the instance was cancelled");
        foreach (var incident in _state.Incidents.ToList())
            Record(new IncidentResolved(incident.Id, incident.ActivityId, "Cancelled", null, cancel.By, now));
        Record(new WorkflowCancelled(cancel.Reason, cancel.By, now));
        if (_state.ParentInstanceId is { } parent) _effects.Add(new ResumeParent(parent, _state.Id, Completed: false));
        return Result();
    }
}
