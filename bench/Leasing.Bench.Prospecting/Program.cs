using System.Diagnostics;
using System.Globalization;
using Leasing.Bench.Prospecting;
using Leasing.Bench.Shared;
using Leasing.Host.Database;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Features;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

// dotnet run -c Release --project bench/Leasing.Bench.Prospecting -- [--rows 100000] [--warm-up 10000] [--no-hold] [--unsafe]
// Starts its own PostgreSQL (durable settings unless --unsafe) and the real Host on it, then measures the CSV import of
// a lead file against a binary COPY of the very rows it stored, the inbox's first page at that volume, and the
// statistics projection's catch-up rate against Marten's append rate. See bench/README.md.
var culture = CultureInfo.InvariantCulture;
int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } v ? int.Parse(v, culture) : fallback;
var rows = Option("--rows", 100_000);
var warmUpRows = Option("--warm-up", 10_000);
var fastAndUnsafe = args.Contains("--unsafe");

var root = Path.Combine(Path.GetTempPath(), "leasing-prospecting-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(root);
await using var postgres = fastAndUnsafe
    ? await EmbeddedPostgres.StartThrowawayAsync(NullLogger.Instance)
    : await EmbeddedPostgres.StartAsync(Path.Combine(root, "pg"), NullLogger.Instance);
try
{
    await using var app = await BenchHost.StartAsync(postgres.ConnectionString);
    var store = app.Services.GetRequiredService<IDocumentStore>();
    var importer = app.Services.GetRequiredService<LeadImporter>();
    var writer = await importer.WriterAsync(CancellationToken.None);
    Console.WriteLine(string.Create(culture, $"PostgreSQL {postgres.Binaries.Version} ({(fastAndUnsafe ? "fsync off" : "durable")}), {Environment.ProcessorCount} cores, " +
        $"{rows:N0} rows, chunks of {importer.ChunkSize:N0}, leads written by {(writer.UsesBulkCopy ? "the bulk copy" : "Marten's append API")}, " +
        $"{(args.Contains("--no-hold") ? "the async daemon running beside the import (--no-hold)" : "the async projections held by the import from its row " + importer.HoldProjectionsFromRow.ToString("N0", culture))}"));
    var advisors = await BenchSetup.OpenPointsOfSaleAsync(store);
    Console.WriteLine(string.Create(culture, $"started: working set {Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024.0:N0} MB, GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1024.0 / 1024.0:N0} MB"));

    // Warm-up on other files (other people): JIT, generated code, and a table that is not empty. In chunks of 100, so
    // every per-chunk path (the plan, the copies, the outbox) runs a hundred times a round as the per-row ones do; rounds
    // until the compiler is quiet (see JitSnapshot.WarmUpAsync), so the measured import runs on optimised code.
    var warmLeads = 0;
    var warmTime = TimeSpan.Zero;
    importer.ChunkSize = 100;
    var warmUpRounds = await JitSnapshot.WarmUpAsync(async round =>
    {
        var (warmFile, _) = await LeadFile.WriteAsync(root, warmUpRows, batch: 2 + round);
        var warm = await ImportBench.RunAsync(importer, warmFile);
        (warmLeads, warmTime) = (warmLeads + warm.Report.Captured, warmTime + warm.Elapsed);
        await BenchSetup.WaitUntilQuietAsync(app, postgres.ConnectionString);
    }, maxRounds: 3);
    importer.ChunkSize = LeadImporter.DefaultChunkSize;
    var peakAfterWarmUp = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    Console.WriteLine(string.Create(culture, $"warm-up: {warmUpRounds.Count} round(s) of {warmUpRows:N0} rows, {warmLeads:N0} leads in {warmTime.TotalSeconds:N1} s, " +
        $"JIT {string.Join(" / ", warmUpRounds.Select(r => r.Methods.ToString("N0", culture)))} methods; peak working set {peakAfterWarmUp:N0} MB"));

    // The measured import, then the raw COPY of exactly the rows it stored.
    var (file, bytes) = await LeadFile.WriteAsync(root, rows, batch: 1);
    var before = await BenchSetup.LastLeadIdAsync(store);
    // --no-hold: the async daemon projects the import's events while it writes, for comparison with the product's default.
    if (args.Contains("--no-hold")) importer.HoldProjectionsFromRow = int.MaxValue;
    var jit = JitSnapshot.Now();
    var import = await ImportBench.RunAsync(importer, file);
    var importJit = JitSnapshot.Now() - jit;
    var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    var gc = GC.GetGCMemoryInfo(GCKind.Any);
    Console.WriteLine(string.Create(culture, $"  memory after it: GC heap {gc.HeapSizeBytes / 1024.0 / 1024.0:N0} MB, committed by the GC {gc.TotalCommittedBytes / 1024.0 / 1024.0:N0} MB"));
    var leadsPerSecond = import.Report.Captured / import.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(culture,
        $"import: {rows:N0} rows ({bytes / 1024.0 / 1024.0:N1} MB) in {import.Elapsed.TotalSeconds:N2} s: {import.Report.Captured:N0} leads, {import.Report.Merged:N0} merged, " +
        $"{import.Report.RejectedCount:N0} refused = {leadsPerSecond:N0} leads/s ({rows / import.Elapsed.TotalSeconds:N0} rows/s); peak working set {peak:N0} MB; JIT during it: {importJit}"));
    var quiet = await BenchSetup.WaitUntilQuietAsync(app, postgres.ConnectionString);
    Console.WriteLine(string.Create(culture, $"  its LeadCaptured announcements and projections done {quiet.TotalSeconds:N1} s after it returned"));

    var stored = await BenchSetup.StoredRowsAsync(store, before);
    var raw = await RawCopyBaseline.RunAsync(postgres.ConnectionString, before, importer.ChunkSize);
    var rawLeadsPerSecond = import.Report.Captured / raw.TotalSeconds;
    var importRatio = leadsPerSecond / rawLeadsPerSecond;
    Console.WriteLine(string.Create(culture,
        $"raw binary COPY of the same {stored.Streams:N0} stream, {stored.Events:N0} event and {stored.Documents:N0} document rows: {raw.TotalSeconds:N2} s = {rawLeadsPerSecond:N0} leads/s; " +
        $"ratio {importRatio:N2}"));
    var flat = await FlatCopyBaseline.RunAsync(postgres.ConnectionString, file);
    Console.WriteLine(string.Create(culture,
        $"  for scale: the file's {rows:N0} rows COPYed as they are into one plain table: {flat.TotalSeconds:N2} s = {rows / flat.TotalSeconds:N0} rows/s"));

    var inbox = await InboxBench.RunAsync(store, advisors, app.Services.GetRequiredService<TimeProvider>());
    foreach (var view in inbox) Console.WriteLine(string.Create(culture, $"inbox '{view.View}' first page at {view.OpenLeads:N0} open leads: p50 {view.P50:N1} ms, max {view.Max:N1} ms ({view.Runs} runs)"));

    var statistics = await StatisticsBench.RunAsync(app, store);
    Console.WriteLine(string.Create(culture,
        $"statistics projection: caught up from the first event on {statistics.Events:N0} events in {statistics.CatchUp.TotalSeconds:N2} s = {statistics.ProjectionRate:N0} events/s; " +
        $"Marten's append of {statistics.Appended:N0} events (1 000 per transaction, a new stream each) in {statistics.Append.TotalSeconds:N2} s = {statistics.AppendRate:N0} events/s; " +
        $"ratio {statistics.ProjectionRate / statistics.AppendRate:N2}"));

    var worstInbox = inbox.Max(v => v.P50);
    Console.WriteLine(string.Create(culture,
        $"targets: import ratio {importRatio:N2} (>= 0.60 {(importRatio >= 0.6 ? "met" : "MISSED")}), peak {peak:N0} MB (< 500 {(peak < 500 ? "met" : "MISSED")}), " +
        $"inbox first page p50 {worstInbox:N1} ms at the slowest view (< 50 {(worstInbox < 50 ? "met" : "MISSED")}), " +
        $"projection ratio {statistics.ProjectionRate / statistics.AppendRate:N2} (>= 0.50 {(statistics.ProjectionRate / statistics.AppendRate >= 0.5 ? "met" : "MISSED")})"));
    await app.StopAsync();
}
finally
{
    if (!fastAndUnsafe) await postgres.DisposeAsync();
    try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
}
