namespace Leasing.Kernel.Time;

/// <summary>
/// The product runs in French business time. All "now" values come from the injected
/// <see cref="TimeProvider"/> so tests can move time; this class only converts.
/// </summary>
public static class BusinessCalendar
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTimeOffset LocalNow(this TimeProvider clock) =>
        TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.LocalNow().DateTime);
}
