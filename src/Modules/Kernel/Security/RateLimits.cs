namespace Leasing.Kernel.Security;

/// <summary>Rate-limit policies the Host defines; anonymous public endpoints name one.</summary>
public static class RateLimits
{
    /// <summary>Per client IP, per minute: <c>Leasing:RateLimits:PublicPerMinute</c> (default 120).</summary>
    public const string PublicPerClient = "public-per-client";
}
