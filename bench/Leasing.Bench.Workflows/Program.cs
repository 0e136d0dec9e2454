using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using JasperFx.Events;
using Leasing.Bench.Shared;
using Leasing.Bench.Workflows;
using Leasing.Host.Database;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.Features.Tasks;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Wolverine;
using Wolverine.Marten;

// dotnet run -c Release --project bench/Leasing.Bench.Workflows -- [--instances 10000] [--parallel 8] [--warm-up 500]
// Starts the real Host in process on a throwaway embedded PostgreSQL, drives N instances of a 10-activity definition
// to completion (start by an event, one human task completed as the API does, one awaited event), then appends the
// same number of events in the same transactions straight to Marten, and prints both rates and their ratio.
var instances = Option("--instances", 10_000);
var parallel = Option("--parallel", 8);
var warmUp = Option("--warm-up", 500);

await using var postgres = await EmbeddedPostgres.StartThrowawayAsync(NullLogger.Instance);
// Due timers are not fired: the tasks' 4 h escalations stay scheduled.
var app = await BenchHost.StartAsync(postgres.ConnectionString, httpPipeline: true);
var store = app.Services.GetRequiredService<IDocumentStore>();
await PublishAsync(store);

var backOffice = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "bench"), new Claim(ClaimTypes.Role, "BackOffice")], "bench"));
var workflow = new WorkflowDriver(app.Services, backOffice);
var raw = new RawAppender(store);

// Warm-up: Wolverine and Marten generate their code on first use, the JIT optimises what is hot; none of this is timed.
// Rounds of both paths until the compiler is quiet (see JitSnapshot.WarmUpAsync).
var warmUpRounds = await JitSnapshot.WarmUpAsync(async round =>
{
    workflow.Counts.AsSpan().Clear();
    await workflow.RunAsync(Enumerable.Range(0, warmUp).Select(i => $"warm-{round}-{i}").ToList(), parallel);
    await raw.RunAsync(warmUp, [workflow.Counts[0] / warmUp, workflow.Counts[1] / warmUp, workflow.Counts[2] / warmUp], parallel);
});

var keys = Enumerable.Range(0, instances).Select(i => $"case-{i}").ToList();
workflow.Counts.AsSpan().Clear();
var jit = JitSnapshot.Now();
var workflowTime = await workflow.RunAsync(keys, parallel);
var workflowJit = JitSnapshot.Now() - jit;
var workflowEvents = workflow.Counts.Sum();
long[] perInstance = [workflow.Counts[0] / instances, workflow.Counts[1] / instances, workflow.Counts[2] / instances];
jit = JitSnapshot.Now();
var rawTime = await raw.RunAsync(instances, perInstance, parallel);
var rawJit = JitSnapshot.Now() - jit;
var rawEvents = perInstance.Sum() * instances;

await using var check = store.QuerySession();
var stalled = await check.Query<WorkflowInstance>().CountAsync(i => i.DefinitionId == BenchDefinition.Id && !i.Ended);
var openTasks = await check.Query<HumanTaskView>().CountAsync(t => t.Status == HumanTaskStatus.Open);

var n = CultureInfo.InvariantCulture;
var workflowRate = workflowEvents / workflowTime.TotalSeconds;
var rawRate = rawEvents / rawTime.TotalSeconds;
Console.WriteLine(string.Create(n, $"instances: {instances:N0} of a 10-activity definition, {parallel} at a time, 3 transactions each (start, task, event)"));
Console.WriteLine(string.Create(n, $"events per instance: {perInstance[0]} at start, {perInstance[1]} at the task, {perInstance[2]} at the event"));
Console.WriteLine(string.Create(n, $"workflow: {workflowTime.TotalSeconds:F1} s, {instances / workflowTime.TotalSeconds:N0} instances/s, {workflowRate:N0} events/s ({workflowEvents:N0} events)"));
Console.WriteLine(string.Create(n, $"  by phase: start {workflow.Times[0].TotalSeconds:F1} s, task {workflow.Times[1].TotalSeconds:F1} s, event {workflow.Times[2].TotalSeconds:F1} s"));
Console.WriteLine(string.Create(n, $"raw Marten append, same events and transactions: {rawTime.TotalSeconds:F1} s, {rawRate:N0} events/s"));
Console.WriteLine(string.Create(n, $"  by phase: {raw.Times[0].TotalSeconds:F1} s, {raw.Times[1].TotalSeconds:F1} s, {raw.Times[2].TotalSeconds:F1} s"));
Console.WriteLine(string.Create(n, $"JIT during the measured runs: workflow {workflowJit}, raw {rawJit} (warm-up: {warmUpRounds.Count} round(s) of {warmUp:N0} instances and as many raw appends, JIT {string.Join(" / ", warmUpRounds.Select(r => r.Methods.ToString("N0", n)))} methods)"));
Console.WriteLine(string.Create(n, $"ratio workflow / raw: {workflowRate / rawRate:F2} (target >= 0.5: {(workflowRate / rawRate >= 0.5 ? "met" : "MISSED")})"));
Console.WriteLine(string.Create(n, $"stalled instances: {stalled} (must be 0), open tasks left: {openTasks}"));
await app.StopAsync();
return stalled == 0 ? 0 : 1;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}

static async Task PublishAsync(IDocumentStore store)
{
    var definition = WorkflowJson.Read(BenchDefinition.Json);
    await using var session = store.LightweightSession();
    var now = DateTimeOffset.UtcNow;
    session.Events.StartStream<DefinitionHistory>(DefinitionHistory.StreamIdOf(definition.DefinitionId),
        new DefinitionDraftSaved(definition.DefinitionId, 1, WorkflowJson.Write(definition), "bench", now),
        new DefinitionPublished(definition.DefinitionId, 1, null, "bench", now));
    await session.SaveChangesAsync();
}

/// <summary>The production paths: the trigger and the awaited event as Wolverine messages, the task through the API's own endpoint code.</summary>
internal sealed class WorkflowDriver(IServiceProvider services, ClaimsPrincipal user)
{
    public long[] Counts { get; } = new long[3];

    public TimeSpan[] Times { get; } = new TimeSpan[3];

    public async Task<TimeSpan> RunAsync(IReadOnlyList<string> keys, int parallel)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var total = Stopwatch.StartNew();
        var before = await EventCountAsync(store);
        var phase = Stopwatch.StartNew();
        await ForEachAsync(keys, parallel, key => SignalAsync(BenchDefinition.StartEvent, new { caseId = key, amount = 25_000 }));
        Times[0] = phase.Elapsed;
        var afterStart = await EventCountAsync(store);
        // The inbox read that shows a person their task is a request of its own: done before the task phase is timed.
        var tasks = await OpenTasksAsync(store, keys);
        phase.Restart();
        await ForEachAsync(keys, parallel, key => CompleteTaskAsync(tasks[key]));
        Times[1] = phase.Elapsed;
        var afterTask = await EventCountAsync(store);
        phase.Restart();
        await ForEachAsync(keys, parallel, key => SignalAsync(BenchDefinition.AwaitedEvent, new { caseId = key, complete = true }));
        Times[2] = phase.Elapsed;
        var afterEvent = await EventCountAsync(store);
        total.Stop();
        Counts[0] += afterStart - before;
        Counts[1] += afterTask - afterStart;
        Counts[2] += afterEvent - afterTask;
        return total.Elapsed;
    }

    private async Task SignalAsync(string eventType, object payload)
    {
        await using var scope = services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        await bus.InvokeAsync(new SignalWorkflows(eventType, JsonSerializer.Serialize(payload)));
    }

    private static async Task<Dictionary<string, Guid>> OpenTasksAsync(IDocumentStore store, IReadOnlyList<string> keys)
    {
        await using var session = store.QuerySession();
        var open = await session.Query<HumanTaskView>().Where(t => t.Status == HumanTaskStatus.Open && t.CorrelationKey.IsOneOf(keys.ToArray()))
            .Select(t => new { t.Id, t.CorrelationKey }).ToListAsync();
        return open.ToDictionary(t => t.CorrelationKey!, t => t.Id);
    }

    /// <summary>As a person in the inbox completing the task: the endpoint's own code completes it and resumes the instance.</summary>
    private async Task CompleteTaskAsync(Guid taskId)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await using var session = provider.GetRequiredService<IDocumentStore>().LightweightSession();
        session.LastModifiedBy = "bench";
        var outbox = provider.GetRequiredService<IMartenOutbox>();
        outbox.Enroll(session);
        var result = await CompleteTaskEndpoint.Post(taskId, new CompleteHumanTask("Approve", new JsonObject { ["decision"] = "ok" }), user, session,
            outbox, provider.GetRequiredService<WorkflowRuntime>(), CancellationToken.None);
        if (result is IStatusCodeHttpResult { StatusCode: >= 400 } failed) throw new InvalidOperationException($"Completing {taskId}: HTTP {failed.StatusCode}");
        await session.SaveChangesAsync();
    }

    private static Task ForEachAsync(IReadOnlyList<string> keys, int parallel, Func<string, Task> action) =>
        Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (key, _) => await action(key));

    public static async Task<long> EventCountAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return (await session.QueryAsync<long>("select count(*) from events.mt_events")).Single();
    }
}

public sealed record RawBenchEvent(Guid CaseId, string ActivityId, int Step, DateTimeOffset At);

/// <summary>Marten alone: the same number of events per transaction, in as many transactions, to as many new streams.</summary>
internal sealed class RawAppender(IDocumentStore store)
{
    public TimeSpan[] Times { get; } = new TimeSpan[3];

    public async Task<TimeSpan> RunAsync(int instances, long[] eventsPerStep, int parallel)
    {
        var ids = Enumerable.Range(0, instances).Select(_ => Guid.CreateVersion7()).ToList();
        var watch = Stopwatch.StartNew();
        for (var step = 0; step < eventsPerStep.Length; step++)
        {
            var phase = Stopwatch.StartNew();
            var count = (int)eventsPerStep[step];
            var current = step;
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (id, _) =>
            {
                await using var session = store.LightweightSession();
                var events = Enumerable.Range(0, count).Select(i => (object)new RawBenchEvent(id, $"activity-{i}", current, DateTimeOffset.UtcNow)).ToArray();
                if (current == 0) session.Events.StartStream(id, events);
                else session.Events.Append(id, events);
                await session.SaveChangesAsync();
            });
            Times[step] = phase.Elapsed;
        }
        return watch.Elapsed;
    }
}
