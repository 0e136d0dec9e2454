using BenchmarkDotNet.Attributes;
using Leasing.Offers.Domain.Pricing;

namespace Leasing.Bench;

/// <summary>
/// One invocation prices the whole <see cref="QuoteGrid"/>; OperationsPerInvoke makes BenchmarkDotNet
/// report the time of a single quote, which the "Quotes/s" column turns into a throughput.
/// Targets (single thread): 100 000 rents/s, 20 000 full prices with schedule/s.
/// </summary>
[MemoryDiagnoser]
public class PricingBenchmarks
{
    private PricingRequest[] _quotes = [];

    [GlobalSetup]
    public void Setup() => _quotes = QuoteGrid.Build();

    /// <summary>Only the annuity (<see cref="PricingEngine.FinancialRent"/>).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = QuoteGrid.Size)]
    public decimal Rent()
    {
        var sum = 0m;
        foreach (var quote in _quotes)
            sum += PricingEngine.FinancialRent(quote);
        return sum;
    }

    /// <summary>The full quote: validation, both VAT bases and the month-by-month schedule.</summary>
    [Benchmark(OperationsPerInvoke = QuoteGrid.Size)]
    public int PriceWithSchedule()
    {
        var rows = 0;
        foreach (var quote in _quotes)
            rows += PricingEngine.Price(quote).Schedule.Rows.Count;
        return rows;
    }
}
