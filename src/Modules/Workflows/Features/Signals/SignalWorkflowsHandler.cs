using System.Text.Json.Nodes;
using Leasing.Kernel.Ids;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.Expressions;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Execution;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Leasing.Workflows.Features.Signals;

/// <summary>
/// An integration event starts the published definitions it triggers (one instance per definition and correlation
/// key: a redelivered event starts nothing new) and resumes the instances waiting for it with the same key.
/// </summary>
public static class SignalWorkflowsHandler
{
    public static async Task Handle(SignalWorkflows signal, IDocumentSession session, IMessageBus bus, WorkflowRuntime runtime,
        DefinitionCatalog catalog, ExpressionSandbox sandbox, ILogger<SignalWorkflows> logger, CancellationToken cancellation)
    {
        var payload = JsonNode.Parse(signal.PayloadJson);
        session.LastModifiedBy = $"system:{signal.EventType}";
        await StartTriggeredAsync(signal, payload, session, bus, runtime, catalog, sandbox, logger, cancellation);
        await ResumeWaitingAsync(signal, payload, session, bus, runtime, sandbox, logger, cancellation);
    }

    private static async Task StartTriggeredAsync(SignalWorkflows signal, JsonNode? payload, IDocumentSession session, IMessageBus bus,
        WorkflowRuntime runtime, DefinitionCatalog catalog, ExpressionSandbox sandbox, ILogger logger, CancellationToken cancellation)
    {
        foreach (var definition in await catalog.TriggeredByAsync(session, signal.EventType, cancellation))
        {
            var trigger = definition.Triggers.First(t => t.EventType == signal.EventType);
            var key = sandbox.EvaluateString(trigger.Correlation, null, payload);
            if (!key.Succeeded)
            {
                logger.LogWarning("{EventType} did not start {DefinitionId}: its correlation '{Expression}' failed ({Reason}).",
                    signal.EventType, definition.DefinitionId, trigger.Correlation, key.Failure.Reason);
                continue;
            }
            var running = await session.Query<WorkflowInstance>()
                .AnyAsync(i => i.DefinitionId == definition.DefinitionId && i.CorrelationKey == key.Value && !i.Ended, cancellation);
            if (running) continue;

            await runtime.StartAsync(session, bus, definition,
                new StartRequest(TypedIds.NewGuid(), key.Value, signal.EventType, payload, $"system:{signal.EventType}"), cancellation);
        }
    }

    private static async Task ResumeWaitingAsync(SignalWorkflows signal, JsonNode? payload, IDocumentSession session, IMessageBus bus,
        WorkflowRuntime runtime, ExpressionSandbox sandbox, ILogger logger, CancellationToken cancellation)
    {
        var waiting = await session.Query<EventSubscription>().Where(s => s.EventType == signal.EventType).ToListAsync(cancellation);
        var matched = new List<EventSubscription>();
        foreach (var byExpression in waiting.GroupBy(s => s.CorrelationExpression))
        {
            var key = sandbox.EvaluateString(byExpression.Key, null, payload);
            if (!key.Succeeded)
            {
                logger.LogWarning("{EventType}: the correlation '{Expression}' failed ({Reason}); {Count} waits not matched.",
                    signal.EventType, byExpression.Key, key.Failure.Reason, byExpression.Count());
                continue;
            }
            matched.AddRange(byExpression.Where(s => s.CorrelationKey == key.Value));
        }

        foreach (var instance in matched.GroupBy(s => s.InstanceId))
            await runtime.ResumeAsync(session, bus, instance.Key,
                instance.Select(s => (Stimulus)new DeliverEvent(s.Id, signal.EventType, payload)).ToList(), cancellation);
    }
}
