using System.Diagnostics;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.ReadModels;
using Marten;

namespace Leasing.Bench.Prospecting;

/// <summary>The inbox's first page (25 leads and the total) for each view, as the admin asks for it, timed one after another.</summary>
public static class InboxBench
{
    public sealed record ViewTiming(string View, long OpenLeads, double P50, double Max, int Runs);

    public static async Task<IReadOnlyList<ViewTiming>> RunAsync(IDocumentStore store, IReadOnlyList<string> advisors, TimeProvider clock)
    {
        const int runs = 30;
        var results = new List<ViewTiming>();
        foreach (var view in new[] { "all", "mine", "team", "unassigned" })
        {
            var timings = new List<double>();
            long total = 0;
            for (var run = -3; run < runs; run++) // three warm-up calls
            {
                await using var session = store.QuerySession();
                var user = advisors[(run + 3) % advisors.Count];
                var watch = Stopwatch.StartNew();
                var page = await LeadInbox.PageAsync(session, user, view, 1, 25, clock.GetUtcNow(), CancellationToken.None);
                watch.Stop();
                if (run >= 0) timings.Add(watch.Elapsed.TotalMilliseconds);
                total = page.Total;
            }
            timings.Sort();
            results.Add(new ViewTiming(view, total, timings[timings.Count / 2], timings[^1], runs));
        }
        return results;
    }
}
