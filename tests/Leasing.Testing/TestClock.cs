namespace Leasing.Testing;

/// <summary>
/// The Host's clock in tests: starts at a fixed instant and moves only when a test moves it, so SLA, lockout and
/// billing rules are tested at the instants that matter rather than by waiting.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private DateTimeOffset _now = Start;
    private readonly Lock _gate = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate) _now += by;
    }

    public void Set(DateTimeOffset now)
    {
        lock (_gate) _now = now;
    }

    public void Reset() => Set(Start);
}
