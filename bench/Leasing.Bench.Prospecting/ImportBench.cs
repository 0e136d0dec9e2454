using System.Diagnostics;
using System.Text;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Features;

namespace Leasing.Bench.Prospecting;

/// <summary>One import of a file as the endpoint and the admin run it: a stream over the file, the product's importer.</summary>
public static class ImportBench
{
    public sealed record Result(ImportReport Report, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(LeadImporter importer, string file)
    {
        var watch = Stopwatch.StartNew();
        using var reader = new StreamReader(file, Encoding.UTF8, true, 1 << 16);
        var report = await importer.ImportAsync(reader, IntakeRoute.CsvImport, "bench", null, progress: null, CancellationToken.None);
        return new Result(report, watch.Elapsed);
    }
}
