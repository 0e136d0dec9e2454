namespace Leasing.Kernel.Time;

/// <summary>
/// The correlation id of the request or message being handled, for code that opens its own Marten session
/// outside Wolverine (Wolverine's own sessions get it from the message context).
/// </summary>
public static class Correlation
{
    public const string Header = "X-Correlation-ID";
    private static readonly AsyncLocal<string?> CurrentValue = new();

    public static string? Current
    {
        get => CurrentValue.Value;
        set => CurrentValue.Value = value;
    }
}
