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

    /// <summary>
    /// Finds the waits in the database by event type, expression and key (indexed columns), evaluating each distinct
    /// correlation expression once against the event: cheap however many instances wait for other keys.
    /// An empty expression waits for any event of the type.
    /// </summary>
    private static async Task ResumeWaitingAsync(SignalWorkflows signal, JsonNode? payload, IDocumentSession session, IMessageBus bus,
        WorkflowRuntime runtime, ExpressionSandbox sandbox, ILogger logger, CancellationToken cancellation)
    {
        var expressions = await session.Query<EventSubscription>().Where(s => s.EventType == signal.EventType)
            .Select(s => s.CorrelationExpression).Distinct().ToListAsync(cancellation);
        var matched = new List<EventSubscription>();
        foreach (var expression in expressions)
        {
            var waits = session.Query<EventSubscription>().Where(s => s.EventType == signal.EventType && s.CorrelationExpression == expression);
            if (string.IsNullOrWhiteSpace(expression))
            {
                matched.AddRange(await waits.ToListAsync(cancellation));
                continue;
            }
            var key = sandbox.EvaluateString(expression, null, payload);
            if (!key.Succeeded)
            {
                logger.LogWarning("{EventType}: the correlation '{Expression}' failed ({Reason}); its waits were not matched.",
                    signal.EventType, expression, key.Failure.Reason);
                continue;
            }
            matched.AddRange(await waits.Where(s => s.CorrelationKey == key.Value).ToListAsync(cancellation));
        }

        foreach (var instance in matched.GroupBy(s => s.InstanceId))
            await runtime.ResumeAsync(session, bus, instance.Key,
                instance.Select(s => (Stimulus)new DeliverEvent(s.Id, signal.EventType, payload)).ToList(), cancellation);
    }
}
