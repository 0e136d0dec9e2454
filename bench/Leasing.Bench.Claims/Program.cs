using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Leasing.Bench.Claims;
using Leasing.Bench.Shared;
using Leasing.Claims.Domain;
using Claim = Leasing.Claims.Domain.Claim;
using SecurityClaim = System.Security.Claims.Claim;
using Leasing.Claims.Features;
using Leasing.Host.Database;
using Leasing.Web.Pages.Claims;
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
using ContractEvents = Leasing.Contracts.IntegrationEvents;

// dotnet run -c Release --project bench/Leasing.Bench.Claims -- [--claims 10000] [--parallel 8] [--handlers 50] [--queries 40]
// Starts the real Host in process on a throwaway embedded PostgreSQL with the shipped claim-handling workflow, declares N claims
// through the hotline's endpoint code (each starts a workflow instance and opens its triage task), measures the claims inbox
// (the workflow task inbox with each task's claim summary) with N open tasks and H handlers querying at once, then drives every
// claim through its triage task (outcome "Expertise": the TriageClaim command, then the expertise, mobility and insurer steps open)
// and its closure on the claim page (ClaimClosed ends the instance), and prints claims/s end to end.
var claims = Option("--claims", 10_000);
var parallel = Option("--parallel", 8);
var handlers = Option("--handlers", 50);
var queriesPerHandler = Option("--queries", 40);
const int Vehicles = 500;

await using var postgres = await EmbeddedPostgres.StartThrowawayAsync(NullLogger.Instance);
// Due timers are not fired (the SLA timers and escalations stay scheduled); the shipped claim workflow is imported below.
var app = await BenchHost.StartAsync(postgres.ConnectionString, httpPipeline: true,
    ("Leasing__WorkflowsFolder", Path.Combine(AppContext.BaseDirectory, "workflows")));
var services = app.Services;
var store = services.GetRequiredService<IDocumentStore>();
var imported = await services.GetRequiredService<DefinitionImporter>().ImportAsync(CancellationToken.None);
if (!imported.Contains("claim-handling")) throw new InvalidOperationException("claim-handling.json was not imported.");

var handler = Users.Handler("bench-handler");
var plates = Enumerable.Range(0, Vehicles).Select(i => $"BE-{i:000}-CH").ToList();
await Parallel.ForEachAsync(plates, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (registration, _) =>
{
    await using var scope = services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(Deliveries.Of(registration));
});

var driver = new ClaimDriver(services, handler);
// Warm-up: Wolverine and Marten generate their code on first use; none of this is timed.
await driver.DeclareAsync(Enumerable.Range(0, 20).Select(i => plates[i % Vehicles]).ToList(), parallel);
await driver.WaitForAsync("triage tasks of the warm-up", () => driver.OpenTriageTasksAsync(), 20);
await driver.TriageAndCloseAsync(parallel, 20);

var total = Stopwatch.StartNew();
var declare = Stopwatch.StartNew();
await driver.DeclareAsync(Enumerable.Range(0, claims).Select(i => plates[i % Vehicles]).ToList(), parallel);
var declared = declare.Elapsed;
await driver.WaitForAsync("a triage task for every claim", () => driver.OpenTriageTasksAsync(), claims);
var started = declare.Elapsed;

await using (var check = store.QuerySession())
{
    var open = await check.Query<HumanTaskView>().CountAsync(t => t.Status == HumanTaskStatus.Open);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"open tasks before the inbox measure: {open:N0}"));
}
total.Stop(); // the inbox measure is not part of the claims' own time
if (args.Contains("--explain")) await Explain.PrintAsync(store);
InboxFigures[] inbox =
[
    await InboxBench.BackToBackAsync(store, 1, 200),
    await InboxBench.BackToBackAsync(store, handlers, queriesPerHandler),
    await InboxBench.PacedAsync(store, handlers, 20, TimeSpan.FromSeconds(1)),
    await InboxBench.PacedAsync(store, handlers, 20, TimeSpan.FromSeconds(1), inStep: true),
    await InboxBench.BackToBackAsync(store, handlers, Math.Max(4, queriesPerHandler / 4), tasksOnly: true),
];
if (args.Contains("--inbox-only"))
{
    foreach (var figures in inbox) Print(figures);
    await app.StopAsync();
    return 0;
}
total.Start();

var drive = Stopwatch.StartNew();
await driver.TriageAndCloseAsync(parallel, claims + 20); // the warm-up's 20 claims are closed already and counted
await driver.WaitForAsync("every instance completed", () => driver.CompletedInstancesAsync(), claims + 20);
drive.Stop();
total.Stop();

await using var final = store.QuerySession();
var closed = await final.Query<Claim>().CountAsync(c => c.Stage == ClaimStage.Closed);
var stalled = await final.Query<WorkflowInstance>().CountAsync(i => !i.Ended);
var n = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(n, $"claims: {claims:N0} on {Vehicles} vehicles, {parallel} at a time"));
Console.WriteLine(string.Create(n, $"declare: {declared.TotalSeconds:F1} s to commit ({claims / declared.TotalSeconds:N0} declarations/s), {started.TotalSeconds:F1} s until every triage task was open"));
Console.WriteLine(string.Create(n, $"triage (task, TriageClaim command) and closure (claim page, ClaimClosed ends the instance): {drive.Elapsed.TotalSeconds:F1} s"));
Console.WriteLine(string.Create(n, $"end to end: {total.Elapsed.TotalSeconds:F1} s, {claims / total.Elapsed.TotalSeconds:N1} claims/s"));
foreach (var figures in inbox) Print(figures);
Console.WriteLine(string.Create(n, $"closed claims: {closed:N0}, instances still running: {stalled} (must be 0)"));
await app.StopAsync();
return stalled == 0 && closed == claims + 20 ? 0 : 1;

static void Print(InboxFigures f)
{
    var verdict = f.Load.Contains("spread over the period") ? $"target p99 < 100 ms: {(f.P99 < 100 ? "met" : "MISSED")}" : "for comparison (not the target's load)";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"inbox ({f.Load}; 'available' page of 25 + claim summaries; {f.OpenTasks:N0} open tasks; {f.Queries} queries): " +
        $"p50 {f.P50:F1} ms, p95 {f.P95:F1} ms, p99 {f.P99:F1} ms, max {f.Max:F1} ms; {verdict}; " +
        $"machine {f.MachineBusy:P0} busy, {f.HostCpuPerQuery:F1} ms of this process's CPU a query"));
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}
