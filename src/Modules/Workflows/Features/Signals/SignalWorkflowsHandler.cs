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
        foreach (var (instance, bookmarks) in found.Waiting)
            await runtime.ResumeAsync(session, bus, instance,
                bookmarks.Select(b => (Stimulus)new DeliverEvent(b, signal.EventType, payload)).ToList(), cancellation);
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
