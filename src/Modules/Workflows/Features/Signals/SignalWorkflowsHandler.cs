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
/// A batch of events of one type does the same in one transaction, with every event's reads in that one round trip.
/// </summary>
public static class SignalWorkflowsHandler
{
    public static Task Handle(SignalWorkflows signal, IDocumentSession session, IMessageBus bus, WorkflowRuntime runtime,
        DefinitionCatalog catalog, ExpressionSandbox sandbox, ILogger<SignalWorkflows> logger, CancellationToken cancellation) =>
        SignalAsync(signal.EventType, [signal.PayloadJson], session, bus, runtime, catalog, sandbox, logger, cancellation);

    public static Task Handle(SignalWorkflowsBatch signals, IDocumentSession session, IMessageBus bus, WorkflowRuntime runtime,
        DefinitionCatalog catalog, ExpressionSandbox sandbox, ILogger<SignalWorkflows> logger, CancellationToken cancellation) =>
        SignalAsync(signals.EventType, signals.PayloadsJson, session, bus, runtime, catalog, sandbox, logger, cancellation);

    private static async Task SignalAsync(string eventType, IReadOnlyList<string> payloadsJson, IDocumentSession session, IMessageBus bus,
        WorkflowRuntime runtime, DefinitionCatalog catalog, ExpressionSandbox sandbox, ILogger logger, CancellationToken cancellation)
    {
        var payloads = payloadsJson.Select(p => JsonNode.Parse(p)).ToList();
        session.LastModifiedBy = $"system:{eventType}";
        var reads = payloads.Select(payload => new SignalReads(eventType, payload, sandbox, logger)).ToList();

        var guess = catalog.LastRoutes(eventType);
        var batch = session.CreateBatchQuery();
        var versions = catalog.QueueVersionNumbers(batch);
        var ahead = guess is null ? null : reads.Select(r => r.Queue(batch, guess)).ToList();
        await batch.Execute(cancellation);

        var routes = await catalog.RoutesFromAsync(session, eventType, await versions, cancellation);
        var started = new HashSet<(string DefinitionId, string Key)>();
        var resumed = new HashSet<Guid>();
        for (var i = 0; i < reads.Count; i++)
        {
            var found = ahead is not null && guess!.SameAs(routes) ? await ahead[i] : await reads[i].RunAsync(session, routes, cancellation);
            if (found.Waiting.Any(w => resumed.Contains(w.Instance.Id)))
            {
                // An instance this batch already resumed: what was read of it is stale, so the event goes again on its own.
                await bus.PublishAsync(new SignalWorkflows(eventType, payloadsJson[i]));
                continue;
            }
            // Two events of the batch with one key start one instance, as two events one after the other would.
            foreach (var (definition, key) in found.ToStart.Where(s => started.Add((s.Definition.DefinitionId, s.Key))))
                await runtime.StartAsync(session, bus, definition,
                    new StartRequest(TypedIds.NewGuid(), key, eventType, payloads[i], $"system:{eventType}"), cancellation);
            foreach (var (instance, bookmarks) in found.Waiting)
            {
                resumed.Add(instance.Id);
                await runtime.ResumeAsync(session, bus, instance,
                    bookmarks.Select(b => (Stimulus)new DeliverEvent(b, eventType, payloads[i])).ToList(), cancellation);
            }
        }
    }
}

/// <summary>What a signal found: the definitions to start (with the instance's key), and the instances whose waits it resumes.</summary>
internal sealed record SignalMatches(IReadOnlyList<(WorkflowDefinition Definition, string Key)> ToStart,
    IReadOnlyList<(WorkflowInstance Instance, IReadOnlyList<Guid> Bookmarks)> Waiting);

/// <summary>
/// The reads of one signal for given routes: each trigger's and each wait expression's key is evaluated once
/// against the event; the database is asked, by the indexed correlation key, whether an instance runs for a
/// trigger's key and which running instances have the key an expression gives; their waits for this event with
/// that expression are resumed. The instances read are the ones the resumes write at: no second read.
/// An empty wait expression waits for any event of the type.
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

        var keyed = routes.WaitExpressions.Where(e => !string.IsNullOrWhiteSpace(e))
            .Select(e => (Expression: e, Key: WaitKey(e))).Where(k => k.Key is not null).ToList();
        var keys = keyed.Select(k => k.Key!).Distinct().ToArray();
        var byKey = keys.Length == 0 ? null : batch.Query<WorkflowInstance>().Where(i => i.CorrelationKey.IsOneOf(keys) && !i.Ended).ToList();
        var anyKey = routes.WaitExpressions.Any(string.IsNullOrWhiteSpace)
            ? batch.Query<WorkflowInstance>().Where(i => !i.Ended && i.Bookmarks.Any(b => b.EventType == eventType)).ToList()
            : null;

        var toStart = new List<(WorkflowDefinition, string)>();
        foreach (var (definition, key, running) in starts)
            if (!await running) toStart.Add((definition, key));
        var waiting = new List<(WorkflowInstance, IReadOnlyList<Guid>)>();
        var found = (byKey is null ? [] : await byKey).Concat(anyKey is null ? [] : await anyKey).DistinctBy(i => i.Id);
        foreach (var instance in found)
        {
            var bookmarks = instance.Bookmarks
                .Where(b => b.Kind == BookmarkKind.Event && b.EventType == eventType && Matches(b.CorrelationExpression ?? "", instance.CorrelationKey, keyed))
                .Select(b => b.Id).ToList();
            if (bookmarks.Count > 0) waiting.Add((instance, bookmarks));
        }
        return new SignalMatches(toStart, waiting);
    }

    public async Task<SignalMatches> RunAsync(IQuerySession session, SignalRoutes routes, CancellationToken cancellation)
    {
        var batch = session.CreateBatchQuery();
        var matches = Queue(batch, routes);
        await batch.Execute(cancellation);
        return await matches;
    }

    /// <summary>A wait matches when its expression gives, for this event, the instance's own key (or when it has no expression).</summary>
    private static bool Matches(string expression, string? instanceKey, List<(string Expression, string? Key)> keyed) =>
        string.IsNullOrWhiteSpace(expression) || keyed.Any(k => k.Expression == expression && k.Key == instanceKey);

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
