namespace Leasing.Workflows.Expressions;

/// <summary>
/// How much one evaluation may cost. Expressions decide routes and compute keys; anything needing more than
/// this is a bug or an attack, and must fail fast instead of holding a Wolverine handler.
/// </summary>
/// <param name="Timeout">Wall-clock time for one evaluation.</param>
/// <param name="MemoryBytes">Bytes one evaluation may allocate.</param>
/// <param name="RecursionDepth">Nested JavaScript calls.</param>
/// <param name="MaxStatements">Statements executed; 0 means no statement limit (the timeout still applies).</param>
public sealed record SandboxLimits(TimeSpan Timeout, long MemoryBytes, int RecursionDepth, int MaxStatements)
{
    public static readonly SandboxLimits Default = new(
        Timeout: TimeSpan.FromMilliseconds(250),
        MemoryBytes: 4 * 1024 * 1024,
        RecursionDepth: 64,
        MaxStatements: 100_000);
}
