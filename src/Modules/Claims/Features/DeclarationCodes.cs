using System.Security.Cryptography;
using System.Text;

namespace Leasing.Claims.Features;

/// <summary>The driver's one-time codes: six digits, valid 15 minutes, five wrong tries at most, three sent an hour per vehicle.</summary>
public static class DeclarationCodes
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    public const int MaxFailedAttempts = 5;
    public const int MaxPerHour = 3;

    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("000000");

    /// <summary>Salted with the code's own id, so two equal codes never have the same hash.</summary>
    public static string Hash(Guid codeId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{codeId:N}:{code.Trim()}")));

    public static bool Matches(Guid codeId, string? code, string hash) =>
        code is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(codeId, code)), Encoding.ASCII.GetBytes(hash));
}
