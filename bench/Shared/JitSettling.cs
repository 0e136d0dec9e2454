using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Leasing.Bench.Shared;

/// <summary>
/// The JIT's work so far (methods compiled and time spent compiling, all threads), and a wait for it to settle.
/// A method reaches its optimised code after some sixty calls and a compile on a background thread; on two saturated
/// cores that thread falls behind the warm-up, and a measured run that starts at once pays for the backlog on the
/// cores it is measured on. Benchmarks measure the steady state: they wait until the compiler is quiet, and print
/// what it still did during the measured run so the reader can see it was.
/// </summary>
public readonly record struct JitSnapshot(long Methods, TimeSpan Time)
{
    public static JitSnapshot Now() => new(JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

    public static JitSnapshot operator -(JitSnapshot after, JitSnapshot before) => new(after.Methods - before.Methods, after.Time - before.Time);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Methods:N0} methods compiled in {Time.TotalSeconds:N1} s");

    /// <summary>
    /// Runs warm-up rounds, each followed by a wait for the compiler to go quiet, until a round compiles fewer than
    /// <paramref name="quietMethods"/> methods (at most <paramref name="maxRounds"/>). One round is not enough: the
    /// runtime starts counting a method's calls only once the JIT has been idle for a moment, so much of what the first
    /// round ran is still unoptimised after it and would be compiled during the measured run.
    /// </summary>
    public static async Task<IReadOnlyList<JitSnapshot>> WarmUpAsync(Func<int, Task> round, int maxRounds = 5, long quietMethods = 300)
    {
        var rounds = new List<JitSnapshot>();
        for (var i = 0; i < maxRounds; i++)
        {
            var before = Now();
            await round(i);
            await WaitUntilQuietAsync(TimeSpan.FromSeconds(60));
            rounds.Add(Now() - before);
            if (rounds[^1].Methods < quietMethods) break;
        }
        return rounds;
    }

    /// <summary>Waits until no method was compiled for a whole second (at most <paramref name="limit"/>); answers how long it took.</summary>
    private static async Task<TimeSpan> WaitUntilQuietAsync(TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        var last = JitInfo.GetCompiledMethodCount();
        while (watch.Elapsed < limit)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = JitInfo.GetCompiledMethodCount();
            if (now == last) break;
            last = now;
        }
        return watch.Elapsed;
    }
}
