using System.Text.Json.Nodes;
using Leasing.Kernel.Ids;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.Expressions;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Execution;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Marten.Services.BatchQuerying;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Leasing.Workflows.Features.Signals;

/// <summary>
/// An integration event starts the published definitions it triggers (one instance per definition and correlation
/// key: a redelivered event starts nothing new) and resumes the instances waiting for it with the same key.
/// <para>
/// Its reads go to the database in one round trip: which versions exist (always read: another node may have
/// published), and, guessed from the routes this event had last time here, whether an instance already runs for
/// each key and which waits match. When the versions show the guess was wrong, the reads are made again.
/// </para>
/// </summary>
public static class SignalWorkflowsHandler
{
    public static async Task Handle(SignalWorkflows signal, IDocumentSession session, IMessageBus bus, WorkflowRuntime runtime,
        DefinitionCatalog catalog, ExpressionSandbox sandbox, ILogger<SignalWorkflows> logger, CancellationToken cancellation)
    {
        var payload = JsonNode.Parse(signal.PayloadJson);
        session.LastModifiedBy = $"system:{signal.EventType}";
        var reads = new SignalReads(signal.EventType, payload, sandbox, logger);

        var guess = catalog.LastRoutes(signal.EventType);
        var batch = session.CreateBatchQuery();
        var versions = catalog.QueueVersionNumbers(batch);
        var ahead = guess is null ? null : reads.Queue(batch, guess);
        await batch.Execute(cancellation);

        var routes = await catalog.RoutesFromAsync(session, signal.EventType, await versions, cancellation);
        var found = ahead is not null && guess!.SameAs(routes) ? await ahead : await reads.RunAsync(session, routes, cancellation);

        foreach (var (definition, key) in found.ToStart)
            await runtime.StartAsync(session, bus, definition,
                new StartRequest(TypedIds.NewGuid(), key, signal.EventType, payload, $"system:{signal.EventType}"), cancellation);
        foreach (var instance in found.Waits.GroupBy(s => s.InstanceId))
            await runtime.ResumeAsync(session, bus, instance.Key,
                instance.Select(s => (Stimulus)new DeliverEvent(s.Id, signal.EventType, payload)).ToList(), cancellation);
    }
}

/// <summary>What a signal found: the definitions to start (with the instance's key) and the waits it resumes.</summary>
internal sealed record SignalMatches(IReadOnlyList<(WorkflowDefinition Definition, string Key)> ToStart, IReadOnlyList<EventSubscription> Waits);

/// <summary>
/// The reads of one signal for given routes: each trigger's and each wait expression's key is evaluated once
/// against the event; the database is asked, by indexed columns, whether an instance runs for a trigger's key and
/// which waits have an expression's key. An empty wait expression waits for any event of the type.
/// </summary>
internal sealed class SignalReads(string eventType, JsonNode? payload, ExpressionSandbox sandbox, ILogger logger)
{
    public async Task<SignalMatches> Queue(IBatchedQuery batch, SignalRoutes routes)
    {
        var starts = new List<(WorkflowDefinition, string, Task<bool>)>();
        foreach (var definition in routes.Starts)
            if (TriggerKey(definition) is { } key)
                starts.Add((definition, key, batch.Query<WorkflowInstance>()
                    .Where(i => i.DefinitionId == definition.DefinitionId && i.CorrelationKey == key && !i.Ended).Any()));
        var waits = new List<Task<IReadOnlyList<EventSubscription>>>();
        foreach (var expression in routes.WaitExpressions)
        {
            if (string.IsNullOrWhiteSpace(expression))
                waits.Add(batch.Query<EventSubscription>().Where(s => s.EventType == eventType && s.CorrelationExpression == expression).ToList());
            else if (WaitKey(expression) is { } key)
                waits.Add(batch.Query<EventSubscription>()
                    .Where(s => s.EventType == eventType && s.CorrelationExpression == expression && s.CorrelationKey == key).ToList());
        }
        return await CollectAsync(starts, waits);
    }

    public async Task<SignalMatches> RunAsync(IQuerySession session, SignalRoutes routes, CancellationToken cancellation)
    {
        var batch = session.CreateBatchQuery();
        var matches = Queue(batch, routes);
        await batch.Execute(cancellation);
        return await matches;
    }

    private static async Task<SignalMatches> CollectAsync(List<(WorkflowDefinition Definition, string Key, Task<bool> Running)> starts,
        List<Task<IReadOnlyList<EventSubscription>>> waits)
    {
        var toStart = new List<(WorkflowDefinition, string)>();
        foreach (var (definition, key, running) in starts)
            if (!await running) toStart.Add((definition, key));
        var matched = new List<EventSubscription>();
        foreach (var wait in waits) matched.AddRange(await wait);
        return new SignalMatches(toStart, matched);
    }

    private string? TriggerKey(WorkflowDefinition definition)
    {
        var trigger = definition.Triggers.First(t => t.EventType == eventType);
        var key = sandbox.EvaluateString(trigger.Correlation, null, payload);
        if (key.Succeeded) return key.Value;
        logger.LogWarning("{EventType} did not start {DefinitionId}: its correlation '{Expression}' failed ({Reason}).",
            eventType, definition.DefinitionId, trigger.Correlation, key.Failure.Reason);
        return null;
    }

    private string? WaitKey(string expression)
    {
        var key = sandbox.EvaluateString(expression, null, payload);
        if (key.Succeeded) return key.Value;
        logger.LogWarning("{EventType}: the correlation '{Expression}' failed ({Reason}); its waits were not matched.", eventType, expression,
            key.Failure.Reason);
        return null;
    }
}
