using System.Text.Json.Nodes;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Expressions;
using Leasing.Workflows.Runtime.Instances;

namespace Leasing.Workflows.Runtime.Execution;

/// <summary>
/// Runs a definition: pure code that turns (definition, instance, stimulus, now) into the events to append and
/// the effects to send. It advances every branch as far as it can go without waiting and stops at waits (tasks,
/// events, timers, child instances). A failure inside an activity becomes an incident on that activity; the
/// instance is never lost and the rest of it is left as it was.
/// </summary>
/// <param name="checkCommand">Why a SendCommand's inputs cannot make its command (null when they can); null checks nothing.</param>
public sealed class WorkflowExecutor(ExpressionSandbox sandbox, Func<Guid> newId, Func<string, JsonObject, string?>? checkCommand = null)
{
    /// <summary>Activities run in one go without waiting; beyond it a loop is assumed and an incident raised.</summary>
    public const int MaxStepsPerRun = 1000;

    public ExpressionSandbox Sandbox => sandbox;

    public ExecutionResult Start(WorkflowDefinition definition, StartRequest request, DateTimeOffset now)
    {
        var variables = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var variable in definition.Variables)
            variables[variable.Name] = variable.Default is { } value ? JsonNode.Parse(value.GetRawText()) : null;
        foreach (var (name, value) in request.Variables ?? []) variables[name] = value?.DeepClone();

        var started = new WorkflowStarted(request.InstanceId, definition.DefinitionId, definition.Version, definition.Name,
            request.CorrelationKey, request.TriggerEvent, request.Input?.DeepClone(), variables, request.ParentInstanceId,
            request.ParentActivityId, request.StartedBy, now);
        var run = new ExecutionRun(definition, WorkflowInstance.Create(started), now, sandbox, newId, checkCommand);
        run.Record(started);
        var start = definition.Root.Activities.FirstOrDefault(a => a.Type == ActivityTypes.Start)
            ?? throw new InvalidOperationException($"'{definition.DefinitionId}' version {definition.Version} has no Start activity.");
        run.Schedule(start.Id, from: null);
        return run.Drain();
    }

    public ExecutionResult Resume(WorkflowDefinition definition, WorkflowInstance instance, Stimulus stimulus, DateTimeOffset now)
    {
        var run = new ExecutionRun(definition, instance, now, sandbox, newId, checkCommand);
        if (instance.Ended)
            return stimulus is CompleteTask or RetryIncident or SkipIncident or CancelInstance
                ? run.Refuse($"The instance has {(instance.WasCancelled ? "been cancelled" : "completed")}.")
                : run.Result(); // a late timer or event for an ended instance: nothing to do

        return stimulus switch
        {
            CompleteTask task => run.CompleteTask(task),
            DeliverEvent delivery => run.Deliver(delivery),
            FireTimer timer => run.Fire(timer),
            EndChild child => run.EndChild(child),
            RetryIncident retry => run.Retry(retry),
            SkipIncident skip => run.Skip(skip),
            CancelInstance cancel => run.Cancel(cancel),
            _ => throw new ArgumentException($"{stimulus.GetType().Name} is not a stimulus the executor knows.", nameof(stimulus)),
        };
    }
}
