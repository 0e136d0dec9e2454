using System.Text.Json;
using JasperFx;
using Leasing.Workflows.Commands;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.Runtime.Execution;
using Leasing.Workflows.Runtime.Instances;
using Leasing.Workflows.ReadModels;
using Marten;
using Wolverine;

namespace Leasing.Workflows.Runtime.Hosting;

/// <summary>
/// The executor on Marten and Wolverine: loads the instance (recording the version it read), runs the executor,
/// appends its events at that version and hands its effects to Wolverine's outbox, all in the caller's
/// transaction. Two concurrent resumes of one instance cannot both advance it: the second append fails the
/// version check and its message is retried against the new state, where its wait is already gone.
/// </summary>
public sealed class WorkflowRuntime(WorkflowExecutor executor, DefinitionCatalog catalog, WorkflowCommandCatalogue commands, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<ExecutionResult> StartAsync(IDocumentSession session, IMessageBus bus, WorkflowDefinition definition, StartRequest request,
        CancellationToken cancellation)
    {
        var result = executor.Start(definition, request, Now);
        InstanceStore.Start(session, result.State, result.Events);
        await DispatchAsync(session, bus, result.Effects, cancellation);
        return result;
    }

    /// <summary>Applies the stimuli in order to one instance, from one read of its stream (a signal may resume several of its waits).</summary>
    public async Task<ExecutionResult?> ResumeAsync(IDocumentSession session, IMessageBus bus, Guid instanceId, IReadOnlyList<Stimulus> stimuli,
        CancellationToken cancellation) =>
        await ResumeAsync(session, bus, await InstanceStore.LoadAsync(session, instanceId, cancellation), stimuli, cancellation);

    /// <summary>For callers that already read the instance (to check who may act, or found it by its key): that read is the one written at.</summary>
    public async Task<ExecutionResult?> ResumeAsync(IDocumentSession session, IMessageBus bus, WorkflowInstance? instance,
        IReadOnlyList<Stimulus> stimuli, CancellationToken cancellation)
    {
        if (instance is null) return null;
        var definition = await catalog.GetAsync(session, instance.DefinitionId, instance.DefinitionVersion, cancellation);

        ExecutionResult? last = null;
        var events = new List<object>();
        var effects = new List<RuntimeEffect>();
        foreach (var stimulus in stimuli)
        {
            last = executor.Resume(definition, last?.State ?? instance, stimulus, Now);
            if (last.Refused) return events.Count == 0 ? last : last with { Events = events, Effects = effects };
            events.AddRange(last.Events);
            effects.AddRange(last.Effects);
        }
        if (events.Count > 0) InstanceStore.Append(session, instance, events, last!.State);
        await DispatchAsync(session, bus, effects, cancellation);
        return last is null ? null : last with { Events = events, Effects = effects };
    }

    public Task<ExecutionResult?> ResumeAsync(IDocumentSession session, IMessageBus bus, Guid instanceId, Stimulus stimulus, CancellationToken cancellation) =>
        ResumeAsync(session, bus, instanceId, [stimulus], cancellation);

    private async Task DispatchAsync(IDocumentSession session, IMessageBus bus, IEnumerable<RuntimeEffect> effects, CancellationToken cancellation)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case ScheduleTimer timer:
                    await bus.ScheduleAsync(new WorkflowTimerDue(timer.InstanceId, timer.TimerId), timer.DueAt);
                    break;
                case ScheduleEscalation escalation:
                    await bus.ScheduleAsync(new TaskEscalationDue(escalation.InstanceId, escalation.TaskId), escalation.DueAt);
                    break;
                case DispatchCommand command:
                    await commands.DispatchAsync(bus, command, cancellation);
                    break;
                case DeliverNotification notification:
                    session.Store(new WorkflowNotification(notification.NotificationId, notification.InstanceId, notification.Role, notification.User,
                        notification.Subject, notification.Message, Now));
                    await bus.PublishAsync(new NotificationEmailRequested(notification.NotificationId, notification.Role, notification.User,
                        notification.Subject, notification.Message));
                    break;
                case StartChild child:
                    await bus.PublishAsync(new StartChildWorkflow(child.ChildInstanceId, child.DefinitionId, JsonSerializer.Serialize(child.Inputs),
                        child.ParentInstanceId, child.ParentActivityId, child.CorrelationKey));
                    break;
                case ResumeParent parent:
                    await bus.PublishAsync(new ChildWorkflowEnded(parent.ParentInstanceId, parent.ChildInstanceId, parent.Completed));
                    break;
                default:
                    throw new InvalidOperationException($"No dispatch for {effect.GetType().Name}.");
            }
        }
    }
}
