using System.Globalization;
using System.Text.Json.Nodes;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Activities;
using Leasing.Workflows.Expressions;
using Leasing.Workflows.Runtime.Instances;

namespace Leasing.Workflows.Runtime.Execution;

internal sealed partial class ExecutionRun
{
    private void Enter(string activityId, string? from)
    {
        if (definition.FindActivity(activityId) is not { } activity)
        {
            RaiseIncident(activityId, $"'{activityId}' is not in version {definition.Version} of '{definition.DefinitionId}'.");
            return;
        }
        Record(new ActivityEntered(activity.Id, activity.Type, from, now));
        var read = ActivitySettingsReader.Read(activity);
        if (read.Settings is not { } settings)
        {
            RaiseIncident(activity.Id, read.Error ?? "the inputs cannot be read.");
            return;
        }

        try
        {
            Run(activity.Id, settings, from);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug or an unexpected value must not lose the instance: it waits, visibly, for someone to retry.
            RaiseIncident(activity.Id, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private void Run(string id, ActivitySettings settings, string? from)
    {
        switch (settings)
        {
            case StartSettings: Complete(id, OutcomePorts.Done); break;
            case EndSettings:
                Record(new ActivityCompleted(id, [], now));
                End(id);
                break;
            case DecisionSettings decision:
                if (Evaluate(id, sandbox.EvaluateCondition(decision.Condition, _state.Variables, _state.LastInput)) is { } condition)
                    Complete(id, condition ? OutcomePorts.True : OutcomePorts.False);
                break;
            case SwitchSettings choice: RunSwitch(id, choice); break;
            case ForkSettings fork: Complete(id, fork.Branches); break;
            case JoinSettings join: RunJoin(id, join, from); break;
            case HumanTaskSettings task: OpenTask(id, task); break;
            case WaitForEventSettings wait:
                Record(new EventAwaited(newId(), id, wait.EventType!, wait.Correlation ?? "", _state.CorrelationKey, now));
                break;
            case DelaySettings delay: RunDelay(id, delay); break;
            case SendCommandSettings command:
                if (EvaluateInputs(id, command.Inputs) is { } inputs)
                {
                    var body = new JsonObject();
                    foreach (var (name, input) in inputs) body[name] = input;
                    if (checkCommand?.Invoke(command.Command!, body) is { } problem)
                    {
                        RaiseIncident(id, problem);
                        break;
                    }
                    Record(new CommandSent(id, command.Command!, body, now));
                    _effects.Add(new DispatchCommand(_state.Id, id, command.Command!, (JsonObject)body.DeepClone()));
                    Complete(id, OutcomePorts.Done);
                }
                break;
            case NotifySettings notify:
                var notificationId = newId();
                Record(new NotificationSent(notificationId, id, notify.Role, notify.User, notify.Subject ?? "", notify.Message ?? "", now));
                _effects.Add(new DeliverNotification(notificationId, _state.Id, notify.Role, notify.User, notify.Subject ?? "", notify.Message ?? ""));
                Complete(id, OutcomePorts.Done);
                break;
            case SetVariableSettings set:
                if (Evaluate(id, sandbox.EvaluateJson(set.Value, _state.Variables, _state.LastInput), out var value))
                {
                    Record(new VariableSet(id, set.Variable!, value, now));
                    Complete(id, OutcomePorts.Done);
                }
                break;
            case SubWorkflowSettings sub:
                if (EvaluateInputs(id, sub.Inputs) is { } childInputs)
                {
                    var childId = newId();
                    Record(new SubWorkflowStarted(childId, id, sub.DefinitionId!, childInputs, now));
                    _effects.Add(new StartChild(childId, sub.DefinitionId!, childInputs, _state.Id, id, _state.CorrelationKey));
                }
                break;
            default:
                throw new InvalidOperationException($"No behaviour for {settings.GetType().Name}.");
        }
    }

    private void RunSwitch(string id, SwitchSettings choice)
    {
        foreach (var @case in choice.Cases)
        {
            var result = sandbox.EvaluateCondition(@case.Condition, _state.Variables, _state.LastInput);
            if (!result.Succeeded)
            {
                RaiseIncident(id, $"case '{@case.Name}': {result.Failure.Reason}");
                return;
            }
            if (result.Value)
            {
                Complete(id, @case.Name);
                return;
            }
        }
        Complete(id, OutcomePorts.Default);
    }

    /// <summary>
    /// All: goes on once every activity connected to it has arrived. Any: goes on with the first arrival and
    /// cancels what still runs or waits in the other branches of its Fork (also a branch that never reaches the
    /// Join, such as a reminder loop beside a wait), so nothing arrives a second time and no stray timer fires.
    /// </summary>
    private void RunJoin(string id, JoinSettings join, string? from)
    {
        if (join.Mode == JoinMode.Any)
        {
            var upstream = BranchesInto(id);
            CancelWaits(_state.Bookmarks.Where(b => upstream.Contains(b.ActivityId)), "another branch reached the join first");
            for (var node = _pending.First; node is not null;)
            {
                var next = node.Next;
                if (upstream.Contains(node.Value.ActivityId) || node.Value.ActivityId == id) _pending.Remove(node);
                node = next;
            }
            Complete(id, OutcomePorts.Done);
            return;
        }

        var expected = definition.Root.Connections.Where(c => c.Target.Activity == id).Select(c => c.Source.Activity).ToHashSet(StringComparer.Ordinal);
        var arrived = _state.JoinArrivals.GetValueOrDefault(id) ?? [];
        if (from is null || expected.IsSubsetOf(arrived)) Complete(id, OutcomePorts.Done);
    }

    /// <summary>
    /// The branches a Join waiting for any closes: everything its matching Fork (the nearest Fork every arrow into the
    /// Join comes from) leads to, short of the Join and what follows it. Without a matching Fork, what lies upstream.
    /// </summary>
    private HashSet<string> BranchesInto(string joinId)
    {
        var graph = new FlowGraph(definition.Root);
        var inputs = definition.Root.Connections.Where(c => c.Target.Activity == joinId).Select(c => c.Source.Activity).ToHashSet(StringComparer.Ordinal);
        var forks = Upstream(joinId).Where(a => definition.FindActivity(a)?.Type == ActivityTypes.Fork)
            .Select(fork => (Fork: fork, Reach: graph.ReachableFrom(fork)))
            .Where(f => inputs.All(input => input == f.Fork || f.Reach.Contains(input)))
            .ToList();
        var nearest = forks.FirstOrDefault(f => !forks.Any(other => other.Fork != f.Fork && f.Reach.Contains(other.Fork)));
        if (nearest.Fork is null) return Upstream(joinId);

        var branches = new HashSet<string>(nearest.Reach, StringComparer.Ordinal);
        var after = graph.ReachableFrom(joinId);
        // A chart that loops back from after the Join to before its Fork: keep everything (the loop is one path).
        if (!after.Contains(joinId)) branches.ExceptWith(after);
        branches.Remove(joinId);
        return branches;
    }

    private HashSet<string> Upstream(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([id]);
        while (pending.TryPop(out var current))
            foreach (var connection in definition.Root.Connections)
                if (connection.Target.Activity == current && seen.Add(connection.Source.Activity))
                    pending.Push(connection.Source.Activity);
        seen.Remove(id);
        return seen;
    }

    private void OpenTask(string id, HumanTaskSettings task)
    {
        var taskId = newId();
        DateTimeOffset? dueAt = task.DueInDuration is { } dueIn ? now + dueIn : null;
        Record(new TaskOpened(taskId, _state.Id, id, _state.DefinitionId, _state.DefinitionName, _state.CorrelationKey, task.Title ?? id,
            task.Description, task.Role, task.Assignee, task.FormFields, task.Outcomes, dueAt, task.EscalateToRole, now));
        // Overdue is computed when the inbox is read; a timer is needed only when someone must be told (the escalation role).
        if (dueAt is { } due && !string.IsNullOrWhiteSpace(task.EscalateToRole)) _effects.Add(new ScheduleEscalation(_state.Id, taskId, due));
    }

    private void RunDelay(string id, DelaySettings delay)
    {
        DateTimeOffset due;
        if (delay.DurationValue is { } duration) due = now + duration;
        else
        {
            if (!Evaluate(id, sandbox.EvaluateString(delay.Until, _state.Variables, _state.LastInput), out var text)) return;
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out due))
            {
                RaiseIncident(id, $"'until' gave '{text}', which is not an ISO 8601 date.");
                return;
            }
        }
        var timerId = newId();
        Record(new TimerScheduled(timerId, id, due.ToUniversalTime(), now));
        _effects.Add(new ScheduleTimer(_state.Id, timerId, due.ToUniversalTime()));
    }

    private Dictionary<string, JsonNode?>? EvaluateInputs(string id, IReadOnlyDictionary<string, string> inputs)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, expression) in inputs.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            var result = sandbox.EvaluateJson(expression, _state.Variables, _state.LastInput);
            if (!result.Succeeded)
            {
                RaiseIncident(id, $"input '{name}': {result.Failure.Reason}");
                return null;
            }
            values[name] = result.Value;
        }
        return values;
    }

    private bool? Evaluate(string id, ExpressionResult<bool> result) => Evaluate(id, result, out var value) ? value : null;

    private bool Evaluate<T>(string id, ExpressionResult<T> result, out T? value)
    {
        value = result.Value;
        if (result.Succeeded) return true;
        RaiseIncident(id, $"{result.Failure.Kind}: {result.Failure.Reason}");
        return false;
    }
}
