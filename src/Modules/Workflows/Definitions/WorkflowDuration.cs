using System.Globalization;
using System.Text.RegularExpressions;

namespace Leasing.Workflows.Definitions;

/// <summary>
/// Durations as process owners write them: ISO 8601 (<c>PT4H</c>, <c>P30D</c>, <c>P1DT12H</c>, <c>P2W</c>) or the
/// shorthand <c>4h</c>, <c>30m</c>, <c>2d</c>, <c>1d12h</c> (units w, d, h, m, s). Years and months are refused:
/// they have no fixed length, and a due time or a timer must mean one exact instant.
/// </summary>
public static partial class WorkflowDuration
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        var parsed = trimmed.StartsWith('P') || trimmed.StartsWith('p') ? ParseIso(trimmed) : ParseShorthand(trimmed);
        if (parsed is not { } value || value <= TimeSpan.Zero) return false;
        duration = value;
        return true;
    }

    /// <exception cref="FormatException">The text is not a positive duration.</exception>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration) ? duration : throw new FormatException($"'{text}' is not a duration (e.g. PT4H, P30D, 4h, 30m, 2d).");

    private static TimeSpan? ParseIso(string text)
    {
        var match = IsoPattern().Match(text);
        if (!match.Success || text.EndsWith('T') || text.Equals("P", StringComparison.OrdinalIgnoreCase)) return null;
        double Part(string name) => match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromDays(Part("w") * 7 + Part("d")) + TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("m"))
            + TimeSpan.FromSeconds(Part("s"));
    }

    private static TimeSpan? ParseShorthand(string text)
    {
        var matches = ShorthandPart().Matches(text);
        if (matches.Count == 0 || string.Concat(matches.Select(m => m.Value)) != text) return null;
        var total = TimeSpan.Zero;
        foreach (Match part in matches)
        {
            var amount = double.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            total += char.ToLowerInvariant(part.Groups["unit"].Value[0]) switch
            {
                'w' => TimeSpan.FromDays(amount * 7),
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                'm' => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromSeconds(amount),
            };
        }
        return total;
    }

    [GeneratedRegex(@"^P(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<unit>[wdhms])", RegexOptions.IgnoreCase)]
    private static partial Regex ShorthandPart();
}
