using System.Text.RegularExpressions;

namespace Leasing.Claims.Domain;

/// <summary>
/// French registrations as people type them ("ab-123-cd", "AB 123 CD"): compared without separators or case, shown in
/// the SIV format AB-123-CD when they have its shape.
/// </summary>
public static partial class Registrations
{
    public static string Key(string? registration) =>
        new string((registration ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();

    public static string Display(string? registration)
    {
        var key = Key(registration);
        return SivShape().IsMatch(key) ? $"{key[..2]}-{key[2..5]}-{key[5..]}" : key;
    }

    [GeneratedRegex("^[A-Z]{2}[0-9]{3}[A-Z]{2}$")]
    private static partial Regex SivShape();
}
