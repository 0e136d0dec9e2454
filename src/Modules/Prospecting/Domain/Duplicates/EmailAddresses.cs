using System.Text.RegularExpressions;

namespace Leasing.Prospecting.Domain.Duplicates;

/// <summary>
/// E-mail addresses are compared trimmed and in lower case. Mailbox names are case-sensitive in theory only; every
/// provider a prospect uses treats them as case-insensitive, and a missed duplicate costs more than a false one.
/// </summary>
public static partial class EmailAddresses
{
    public static string? Normalise(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var trimmed = email.Trim().ToLowerInvariant();
        return IsValid(trimmed) ? trimmed : null;
    }

    /// <summary>One @, something before it, a domain with a dot after it, no spaces: enough to catch typing errors.</summary>
    public static bool IsValid(string email) => Shape().IsMatch(email.Trim());

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex Shape();
}
