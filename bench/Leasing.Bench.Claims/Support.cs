using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Leasing.Claims.Domain;
using Claim = Leasing.Claims.Domain.Claim;
using SecurityClaim = System.Security.Claims.Claim;
using Leasing.Claims.Features;
using Leasing.Kernel.Security;
using Leasing.Web.Pages.Claims;
using Leasing.Workflows.Features.Tasks;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Microsoft.AspNetCore.Http;
using Wolverine;
using Wolverine.Marten;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Bench.Claims;

internal static class Users
{
    public static ClaimsPrincipal Handler(string name) => new(new ClaimsIdentity(
        [new SecurityClaim(ClaimTypes.Name, name), new SecurityClaim(ClaimTypes.Role, Roles.ClaimsHandler)], "bench", ClaimTypes.Name, ClaimTypes.Role));
}

internal static class Deliveries
{
    public static ContractEvents.VehicleDelivered Of(string registration) => new(Guid.CreateVersion7(), $"CTR-{registration}", Guid.CreateVersion7(), null, "LLD",
        "Business", "Flotte Bench SAS", "BENCH-FLEET", registration, null, "Renault", "Mégane", null, 100, new DateOnly(2026, 1, 5), new DateOnly(2029, 1, 4),
        36, 20000, 60000, "Conducteur Bench", "+33600000000", null, true, "B", 10, true, "AllRisks", 300m, true, true, true, 4, false, [], null,
        DateTimeOffset.UtcNow);
}

/// <summary>The production paths: the hotline's declaration endpoint, the task inbox's completion, the claim page's closure, each in its transaction.</summary>
internal sealed class ClaimDriver(IServiceProvider services, ClaimsPrincipal handler)
{
    private readonly IDocumentStore _store = services.GetRequiredService<IDocumentStore>();

    public Task DeclareAsync(IReadOnlyList<string> registrations, int parallel) =>
        Parallel.ForEachAsync(registrations, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (registration, _) =>
        {
            var statement = new ClaimStatement(registration, "SingleVehicle", DateTimeOffset.UtcNow.AddHours(-1), "Parking du siège",
                "Accrochage contre un poteau en manœuvrant.", false, false, null, null, null, null, null, null, null);
            await InTransactionAsync((session, bus) => DeclareClaimEndpoint.Post(statement, handler, session, bus, TimeProvider.System, CancellationToken.None));
        });

    /// <summary>Each open triage task completed as the inbox does ("Expertise"), then the claim closed on its page once the triage reached it.</summary>
    /// <param name="expected">Claims triaged or closed, in all, once every triage has reached its claim.</param>
    public async Task TriageAndCloseAsync(int parallel, int expected)
    {
        List<Guid> tasks;
        await using (var session = _store.QuerySession())
            tasks = (await session.Query<HumanTaskView>().Where(t => t.Status == HumanTaskStatus.Open && t.ActivityId == "triage-urgent")
                .Select(t => t.Id).ToListAsync()).ToList();
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        await Parallel.ForEachAsync(tasks, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (taskId, _) =>
            await InTransactionAsync((session, bus) =>
            {
                if (bus is IMessageContext context) context.UserName = handler.Identity!.Name;
                return CompleteTaskEndpoint.Post(taskId, new CompleteHumanTask("Expertise", new JsonObject()), handler, session, bus, runtime, CancellationToken.None);
            }));
        await WaitForAsync("every claim triaged", TriagedAsync, expected);
        List<(Guid Id, int Version)> open;
        await using (var session = _store.QuerySession())
            open = (await session.Query<Claim>().Where(c => c.Stage == ClaimStage.Triaged).Select(c => new { c.Id, c.Version }).ToListAsync())
                .Select(c => (c.Id, c.Version)).ToList();
        await Parallel.ForEachAsync(open, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (claim, _) =>
            await InTransactionAsync((session, bus) => CloseClaimEndpoint.Post(claim.Id, new CloseClaimRequest(null, claim.Version), handler, session, bus,
                TimeProvider.System, CancellationToken.None)));
    }

    public async Task<int> OpenTriageTasksAsync()
    {
        await using var session = _store.QuerySession();
        return await session.Query<HumanTaskView>().CountAsync(t => t.Status == HumanTaskStatus.Open && t.ActivityId == "triage-urgent");
    }

    public async Task<int> CompletedInstancesAsync()
    {
        await using var session = _store.QuerySession();
        return await session.Query<WorkflowInstance>().CountAsync(i => i.Ended);
    }

    private async Task<int> TriagedAsync()
    {
        await using var session = _store.QuerySession();
        return await session.Query<Claim>().CountAsync(c => c.Stage == ClaimStage.Triaged || c.Stage == ClaimStage.Closed);
    }

    /// <summary>The asynchronous part (integration events, signals, commands on durable queues) is done when the count is reached.</summary>
    public async Task WaitForAsync(string what, Func<Task<int>> count, int expected)
    {
        var watch = Stopwatch.StartNew();
        while (await count() < expected)
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(20)) throw new TimeoutException($"Waited 20 minutes for {what}: {await count()} of {expected}.");
            await Task.Delay(100);
        }
    }

    private async Task InTransactionAsync(Func<IDocumentSession, IMessageBus, Task<IResult>> feature)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await using var session = provider.GetRequiredService<IDocumentStore>().LightweightSession();
        session.LastModifiedBy = handler.Identity!.Name;
        var outbox = provider.GetRequiredService<IMartenOutbox>();
        outbox.Enroll(session);
        var result = await feature(session, outbox);
        if (result is IStatusCodeHttpResult { StatusCode: >= 400 } failed) throw new InvalidOperationException($"HTTP {failed.StatusCode}: {(result as IValueHttpResult)?.Value}");
        await session.SaveChangesAsync();
    }
}

/// <param name="MachineBusy">The share of the machine's cores busy during the run (all processes, PostgreSQL included), 0 to 1.</param>
/// <param name="HostCpuPerQuery">This process's CPU time (the Host and the load alike) per query, in ms.</param>
internal sealed record InboxFigures(string Load, int OpenTasks, int Queries, double P50, double P95, double P99, double Max, double MachineBusy = 0,
    double HostCpuPerQuery = 0);

/// <summary>The machine's busy and total CPU time so far, from /proc/stat (Linux), to say how loaded it was during a run.</summary>
internal static class MachineCpu
{
    public static (long Busy, long Total) Read()
    {
        if (!File.Exists("/proc/stat")) return (0, 0);
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var idle = fields[3] + (fields.Length > 4 ? fields[4] : 0);
        var total = fields.Take(8).Sum();
        return (total - idle, total);
    }

    public static double BusyShare((long Busy, long Total) before, (long Busy, long Total) after) =>
        after.Total == before.Total ? 0 : (double)(after.Busy - before.Busy) / (after.Total - before.Total);
}

/// <summary>
/// H handlers on the admin's own inbox query (tasks by due time, then the claims of the page), page 1 to 4 in turn.
/// Back to back: every handler sends its next query the moment the last one answers (H queries always in flight, the worst
/// case). Paced: every handler refreshes once a second, as people clicking through their inbox do.
/// </summary>
internal static class InboxBench
{
    public static async Task<InboxFigures> BackToBackAsync(IDocumentStore store, int handlers, int queriesPerHandler, bool tasksOnly = false) =>
        await RunAsync(store, handlers, queriesPerHandler, null, tasksOnly);

    /// <param name="inStep">Every handler refreshes at the same instant (a burst of H queries each period): the worst case of a paced load.</param>
    public static async Task<InboxFigures> PacedAsync(IDocumentStore store, int handlers, int queriesPerHandler, TimeSpan every, bool inStep = false) =>
        await RunAsync(store, handlers, queriesPerHandler, every, tasksOnly: false, inStep);

    private static async Task<InboxFigures> RunAsync(IDocumentStore store, int handlers, int queriesPerHandler, TimeSpan? every, bool tasksOnly,
        bool inStep = false)
    {
        int openTasks;
        await using (var session = store.QuerySession())
            openTasks = await session.Query<HumanTaskView>().CountAsync(t => t.Status == HumanTaskStatus.Open);
        await QueryAsync(store, ClaimsInboxQuery.ActorOf(Users.Handler("warm-up")), 1, tasksOnly); // not timed
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var machineBefore = MachineCpu.Read();
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        await Task.WhenAll(Enumerable.Range(0, handlers).Select(h => Task.Run(async () =>
        {
            var actor = ClaimsInboxQuery.ActorOf(Users.Handler($"handler-{h}"));
            // Handlers do not click in step: each one's clock starts after its own offset (a timer made before the offset would
            // tick for every handler at the same instant, a burst of H queries each period).
            if (every is { } first && !inStep) await Task.Delay(TimeSpan.FromMilliseconds(first.TotalMilliseconds * h / handlers));
            using var pace = every is { } period ? new PeriodicTimer(period) : null;
            for (var q = 0; q < queriesPerHandler; q++)
            {
                var watch = Stopwatch.StartNew();
                await QueryAsync(store, actor, 1 + q % 4, tasksOnly);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                if (pace is not null) await pace.WaitForNextTickAsync();
            }
        })));
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var busy = MachineCpu.BusyShare(machineBefore, MachineCpu.Read());
        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        var load = every is { } e ? $"paced, {handlers} handlers each every {e.TotalSeconds:0.#} s{(inStep ? ", all at the same instant" : ", spread over the period")}"
            : handlers == 1 ? "one at a time" : $"back to back, {handlers} in flight";
        return new InboxFigures(tasksOnly ? load + ", workflow TaskInbox.PageAsync alone" : load, openTasks, sorted.Length, Percentile(0.50), Percentile(0.95),
            Percentile(0.99), sorted[^1], busy, cpu.TotalMilliseconds / sorted.Length);
    }

    private static async Task QueryAsync(IDocumentStore store, Leasing.Workflows.Runtime.Tasks.TaskActor actor, int page, bool tasksOnly)
    {
        await using var session = store.QuerySession();
        if (tasksOnly)
        {
            await TaskInbox.PageAsync(session, actor, "available", HumanTaskStatus.Open, null, page, 25, DateTimeOffset.UtcNow, CancellationToken.None);
            return;
        }
        var result = await ClaimsInboxQuery.PageAsync(session, actor, "available", page, 25, DateTimeOffset.UtcNow, CancellationToken.None);
        if (result.Items.Count == 0 || result.Items.Any(i => i.Claim is null)) throw new InvalidOperationException("The inbox page is missing tasks or claims.");
    }
}
