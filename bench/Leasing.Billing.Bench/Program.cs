using System.Diagnostics;
using System.Globalization;
using Leasing.Billing.Bench;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Features.Billing;
using Leasing.Host.Composition;
using Leasing.Host.Database;
using Marten;
using Marten.Events;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Weasel.Core;

// dotnet run -c Release --project bench/Leasing.Billing.Bench -- [contracts, default 100000] [--unsafe]
// Starts its own PostgreSQL (durable settings unless --unsafe), the real Host on it, seeds the contracts' billing data,
// measures a raw batched insert of the same number of rows, the billing run of December 2026, then the same run again.
var contracts = args.FirstOrDefault(a => int.TryParse(a, out _)) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 100_000;
var fastAndUnsafe = args.Contains("--unsafe");
var culture = CultureInfo.InvariantCulture;

var root = Path.Combine(Path.GetTempPath(), "leasing-billing-bench-" + Guid.NewGuid().ToString("N")[..8]);
await using var postgres = fastAndUnsafe
    ? await EmbeddedPostgres.StartThrowawayAsync(NullLogger.Instance)
    : await EmbeddedPostgres.StartAsync(root, NullLogger.Instance);
try
{
    Environment.SetEnvironmentVariable("ConnectionStrings__Leasing", postgres.ConnectionString);
    Environment.SetEnvironmentVariable("Leasing__Solo", "true");
    Environment.SetEnvironmentVariable("Leasing__SeedUsers", "false");
    Environment.SetEnvironmentVariable("Leasing__RunDueTimers", "false");
    Environment.SetEnvironmentVariable("Leasing__ImportWorkflows", "false");
    Environment.SetEnvironmentVariable("Serilog__MinimumLevel__Default", "Warning");
    var builder = WebApplication.CreateBuilder([]);
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    await builder.AddLeasingAsync();
    await using var app = builder.Build();
    // No HTTP pipeline: the run is driven in process; Marten, Wolverine and the projection daemon start with the Host.
    await app.StartAsync();
    var store = app.Services.GetRequiredService<IDocumentStore>();
    var runner = app.Services.GetRequiredService<BillingRunner>();
    if (args.Contains("--marten-append")) runner.UseBulkCopy = false;
    var writer = runner.UseBulkCopy && await runner.BulkCopyAvailableAsync() ? "the bulk copy" : "Marten's append API";
    Console.WriteLine(string.Create(culture, $"PostgreSQL {postgres.Binaries.Version} ({(fastAndUnsafe ? "fsync off" : "durable")}), {Environment.ProcessorCount} cores, {contracts:N0} contracts, batches of {runner.BatchSize:N0}, " +
        $"invoices written by {writer}"));

    // Warm-up on other contracts (ending in November, so December's run never sees them): JIT and generated code.
    var (warmAccounts, warmCursors) = BenchContracts.Build(2_000, new DateOnly(2026, 11, 1), endsOn: new DateOnly(2026, 11, 30), seed: 7);
    await store.BulkInsertDocumentsAsync(warmAccounts, BulkInsertMode.InsertsOnly);
    await store.BulkInsertDocumentsAsync(warmCursors, BulkInsertMode.InsertsOnly);
    await BillingBench.RunAsync(store, runner, "2026-11");
    await RawInsertBaseline.RunAsync(postgres.ConnectionString, warmAccounts, runner.BatchSize);

    var seedWatch = Stopwatch.StartNew();
    var (accounts, cursors) = BenchContracts.Build(contracts, new DateOnly(2026, 12, 1));
    await store.BulkInsertDocumentsAsync(accounts, BulkInsertMode.InsertsOnly, 5_000);
    await store.BulkInsertDocumentsAsync(cursors, BulkInsertMode.InsertsOnly, 5_000);
    Console.WriteLine(string.Create(culture, $"seeded {contracts:N0} billing accounts in {seedWatch.Elapsed.TotalSeconds:N1} s"));

    var raw = await RawInsertBaseline.RunAsync(postgres.ConnectionString, accounts, runner.BatchSize);
    accounts = null; cursors = null;
    GC.Collect();
    var rawRate = contracts / raw.TotalSeconds;
    Console.WriteLine(string.Create(culture, $"raw batched insert: {contracts:N0} rows in {raw.TotalSeconds:N2} s = {rawRate:N0} rows/s"));

    var coordinator = app.Services.GetRequiredService<JasperFx.Events.Daemon.IProjectionCoordinator>();
    if (args.Contains("--pause-daemon")) await coordinator.PauseAsync();
    var first = await BillingBench.RunAsync(store, runner, "2026-12");
    if (args.Contains("--pause-daemon")) await coordinator.ResumeAsync();
    var rate = first.Issued / first.Elapsed.TotalSeconds;
    var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    Console.WriteLine(string.Create(culture, $"billing run: {first.Issued:N0} invoices in {first.Elapsed.TotalSeconds:N2} s = {rate:N0} invoices/s; peak working set {peak:N0} MB"));

    var daemon = Stopwatch.StartNew();
    await app.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(10));
    Console.WriteLine(string.Create(culture, $"invoice projection (daemon) caught up {daemon.Elapsed.TotalSeconds:N1} s after the run"));

    var second = await BillingBench.RunAsync(store, runner, "2026-12");
    Console.WriteLine(string.Create(culture, $"second run of the month: {second.Issued:N0} invoices added in {second.Elapsed.TotalMilliseconds:N0} ms"));

    await using (var session = store.QuerySession())
    {
        var streams = (await session.QueryAsync<long>("select count(*) from events.mt_streams where type = 'invoice'")).Single();
        var numbers = (await session.QueryAsync<long>("select count(distinct data ->> 'number') from contracts.mt_doc_invoice")).Single();
        Console.WriteLine(string.Create(culture, $"check: {streams:N0} invoice streams, {numbers:N0} distinct numbers projected"));
    }

    var ratio = rate / rawRate;
    Console.WriteLine(string.Create(culture,
        $"targets: ratio {ratio:N2} (>= 0.30 {(ratio >= 0.30 ? "met" : "MISSED")}), peak {peak:N0} MB (< 1 024 {(peak < 1024 ? "met" : "MISSED")}), " +
        $"rerun {second.Elapsed.TotalMilliseconds:N0} ms vs {first.Elapsed.TotalMilliseconds / 10:N0} ms (< 1/10 {(second.Elapsed < first.Elapsed / 10 && second.Issued == 0 ? "met" : "MISSED")})"));
    await app.StopAsync();
}
finally
{
    if (!fastAndUnsafe)
    {
        await postgres.DisposeAsync();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
