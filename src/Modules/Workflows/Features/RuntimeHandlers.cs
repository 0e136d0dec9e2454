using System.Text.Json;
using System.Text.Json.Nodes;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Execution;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Wolverine;

namespace Leasing.Workflows.Features;

/// <summary>A Delay's timer fired. If the instance moved on (cancelled, migrated past it), the executor finds no wait and does nothing.</summary>
public static class WorkflowTimerDueHandler
{
    public static async Task Handle(WorkflowTimerDue due, IDocumentSession session, IMessageBus bus, WorkflowRuntime runtime, CancellationToken cancellation)
    {
        session.LastModifiedBy = "system:timer";
        await runtime.ResumeAsync(session, bus, due.InstanceId, new FireTimer(due.TimerId), cancellation);
    }
}

/// <summary>A task reached its due time: still open, it is escalated to its escalation role (once).</summary>
public static class TaskEscalationDueHandler
{
    public static async Task Handle(TaskEscalationDue due, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var instance = await InstanceStore.LoadAsync(session, due.InstanceId, cancellation);
        if (instance?.FindBookmark(due.TaskId) is not { Task: { EscalateToRole: { } role, Escalated: false } }) return;
        session.LastModifiedBy = "system:timer";
        InstanceStore.Append(session, instance, new TaskEscalated(due.TaskId, role, clock.GetUtcNow()));
    }
}

/// <summary>A SubWorkflow activity asked for a child: it starts on the child definition's published version.</summary>
public static class StartChildWorkflowHandler
{
    public static async Task Handle(StartChildWorkflow start, IDocumentSession session, IMessageBus bus, WorkflowRuntime runtime,
        DefinitionCatalog catalog, CancellationToken cancellation)
    {
        if (await session.Events.FetchStreamStateAsync(start.ChildInstanceId, cancellation) is not null) return; // redelivered
        session.LastModifiedBy = "system:workflow";
        var definition = await catalog.PublishedAsync(session, start.DefinitionId, cancellation);
        if (definition is null)
        {
            // Nothing to run: the parent's SubWorkflow activity gets an incident through a cancelled child.
            await bus.PublishAsync(new ChildWorkflowEnded(start.ParentInstanceId, start.ChildInstanceId, Completed: false));
            return;
        }
        var inputs = JsonSerializer.Deserialize<Dictionary<string, JsonNode?>>(start.InputsJson) ?? [];
        await runtime.StartAsync(session, bus, definition, new StartRequest(start.ChildInstanceId, start.CorrelationKey, null, null, "system:workflow",
            inputs, start.ParentInstanceId, start.ParentActivityId), cancellation);
    }
}

public static class ChildWorkflowEndedHandler
{
    public static async Task Handle(ChildWorkflowEnded ended, IDocumentSession session, IMessageBus bus, WorkflowRuntime runtime, CancellationToken cancellation)
    {
        session.LastModifiedBy = "system:workflow";
        await runtime.ResumeAsync(session, bus, ended.ParentInstanceId, new EndChild(ended.ChildInstanceId, ended.Completed), cancellation);
    }
}

/// <summary>The mail outbox: one row per notification e-mail, addressed to the role's or user's mailbox alias.</summary>
public static class NotificationEmailHandler
{
    public static void Handle(NotificationEmailRequested request, IDocumentSession session, TimeProvider clock) =>
        session.Store(new OutgoingEmail(request.NotificationId, request.User ?? $"role:{request.Role}", request.Subject, request.Message, clock.GetUtcNow()));
}
