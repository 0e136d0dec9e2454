using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Leasing.Bench;
using System.Text.Json;
using Leasing.Offers.Domain.Pricing;
using Leasing.Offers.Features.Pricing;

// dotnet run -c Release --project bench/Leasing.Bench -- --quick   (Stopwatch, a few seconds)
// dotnet run -c Release --project bench/Leasing.Bench -- --bdn     (BenchmarkDotNet; further args go to it, e.g. --job short)
const long RentTarget = 100_000;
const long ScheduleTarget = 20_000;

if (args.Length > 0 && args[0] == "--bdn")
{
    var config = DefaultConfig.Instance
        .AddColumn(new QuotesPerSecondColumn())
        .WithArtifactsPath(Path.Combine(RepositoryRoot(), "bench", "results", "BenchmarkDotNet"));
    BenchmarkRunner.Run<PricingBenchmarks>(config, args[1..]);
    return 0;
}

if (args.Length > 0 && args[0] != "--quick")
{
    Console.Error.WriteLine("usage: Leasing.Bench --quick | --bdn [BenchmarkDotNet args]");
    return 2;
}

return Quick();

static int Quick()
{
    var quotes = QuoteGrid.Build();
    const int rounds = 5;

    // Warm-up: lets tiered JIT reach its optimised code before anything is timed.
    for (var i = 0; i < 3; i++) { RentPass(quotes); PricePass(quotes); }

    var rent = BestOf(rounds, () => RentPass(quotes));
    var schedule = BestOf(rounds, () => PricePass(quotes));
    var rentPerSecond = (long)(quotes.Length / rent.TotalSeconds);
    var schedulePerSecond = (long)(quotes.Length / schedule.TotalSeconds);

    // The simulator's answer for each quote, written by hand (what the endpoint sends) and by the serialiser (same bytes).
    var outcomes = quotes.Select(q => PricingOutcome.From(PricingEngine.Price(q))).ToArray();
    for (var i = 0; i < 3; i++) { HandWrittenPass(outcomes); SerialiserPass(outcomes); }
    var handWritten = BestOf(rounds, () => HandWrittenPass(outcomes));
    var serialiser = BestOf(rounds, () => SerialiserPass(outcomes));

    var n = CultureInfo.InvariantCulture;
    Console.WriteLine($"grid: {quotes.Length} quotes, best of {rounds} passes, one thread");
    Console.WriteLine(string.Create(n, $"rent: {rentPerSecond:N0} quotes/s, with schedule: {schedulePerSecond:N0} quotes/s"));
    Console.WriteLine(string.Create(n,
        $"answer JSON: hand-written {handWritten.TotalMicroseconds / quotes.Length:F2} µs, serialiser {serialiser.TotalMicroseconds / quotes.Length:F2} µs per quote"));
    Console.WriteLine(string.Create(n,
        $"targets: rent >= {RentTarget:N0}/s {(rentPerSecond >= RentTarget ? "met" : "MISSED")}, " +
        $"with schedule >= {ScheduleTarget:N0}/s {(schedulePerSecond >= ScheduleTarget ? "met" : "MISSED")}"));
    return 0;
}

static TimeSpan BestOf(int rounds, Func<long> pass)
{
    var best = TimeSpan.MaxValue;
    long sink = 0;
    for (var i = 0; i < rounds; i++)
    {
        var watch = Stopwatch.StartNew();
        sink += pass();
        watch.Stop();
        if (watch.Elapsed < best) best = watch.Elapsed;
    }
    GC.KeepAlive(sink);
    return best;
}

static long RentPass(PricingRequest[] quotes)
{
    var sum = 0m;
    foreach (var quote in quotes)
        sum += PricingEngine.FinancialRent(quote);
    return (long)sum;
}

static long PricePass(PricingRequest[] quotes)
{
    long rows = 0;
    foreach (var quote in quotes)
        rows += PricingEngine.Price(quote).Schedule.Rows.Count;
    return rows;
}

static long HandWrittenPass(PricingOutcome[] outcomes)
{
    long bytes = 0;
    foreach (var outcome in outcomes)
    {
        using var json = PricingOutcomeJson.Write(outcome);
        bytes += json.Written.Length;
    }
    return bytes;
}

static long SerialiserPass(PricingOutcome[] outcomes)
{
    long bytes = 0;
    foreach (var outcome in outcomes)
        bytes += JsonSerializer.SerializeToUtf8Bytes(outcome, PricingJsonContext.Default.PricingOutcome).Length;
    return bytes;
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
            return dir.FullName;
    return Directory.GetCurrentDirectory();
}
