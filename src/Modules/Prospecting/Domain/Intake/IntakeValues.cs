using System.Globalization;
using System.Text.RegularExpressions;
using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Leads;

namespace Leasing.Prospecting.Domain.Intake;

/// <summary>
/// Reads the values people type in imports, in French or English: "occasion"/"used", "oui"/"yes", "1 200,50 €",
/// "14/03/2026 18:55". Each reader returns null when it does not recognise the text, and the caller names the field.
/// </summary>
public static partial class IntakeValues
{
    private static readonly Dictionary<string, VehicleCondition> Conditions = Keyed<VehicleCondition>(new()
    {
        [VehicleCondition.New] = ["new", "neuf", "vn", "véhicule neuf"],
        [VehicleCondition.Used] = ["used", "occasion", "vo", "véhicule d'occasion"],
    });

    private static readonly Dictionary<string, FinancingKind> Financings = Keyed<FinancingKind>(new()
    {
        [FinancingKind.Lld] = ["lld", "location longue durée", "lease", "leasing"],
        [FinancingKind.Loa] = ["loa", "location avec option d'achat"],
        [FinancingKind.Purchase] = ["purchase", "achat", "comptant", "crédit", "credit", "cash", "buy"],
    });

    private static readonly Dictionary<string, PurchaseTimeframe> Timeframes = Keyed<PurchaseTimeframe>(new()
    {
        [PurchaseTimeframe.Immediate] = ["immediate", "immédiat", "immédiatement", "tout de suite", "now"],
        [PurchaseTimeframe.WithinThreeMonths] = ["within three months", "moins de 3 mois", "3 mois", "0-3 mois"],
        [PurchaseTimeframe.WithinSixMonths] = ["within six months", "moins de 6 mois", "6 mois", "3-6 mois"],
        [PurchaseTimeframe.MoreThanSixMonths] = ["more than six months", "plus de 6 mois", "plus tard", "later"],
    });

    private static readonly Dictionary<string, ContactChannel> Channels = Keyed<ContactChannel>(new()
    {
        [ContactChannel.Phone] = ["phone", "téléphone", "tel"],
        [ContactChannel.Email] = ["email", "courriel", "mail"],
        [ContactChannel.Chat] = ["chat", "tchat", "messagerie"],
        [ContactChannel.Sms] = ["sms", "texto"],
        [ContactChannel.InPerson] = ["in person", "en personne", "visite", "showroom"],
    });

    private static readonly HashSet<string> Yes = ["oui", "yes", "true", "vrai", "1", "x", "o", "y"];
    private static readonly HashSet<string> No = ["non", "no", "false", "faux", "0", "n"];

    public static VehicleCondition? Condition(string text) => Lookup(Conditions, text);

    public static FinancingKind? Financing(string text) => Lookup(Financings, text);

    public static PurchaseTimeframe? Timeframe(string text) => Lookup(Timeframes, text);

    public static ContactChannel? Channel(string text) => Lookup(Channels, text);

    /// <summary>true for yes, false for no, null for anything else (an empty cell is "no").</summary>
    public static bool? YesNo(string? text)
    {
        var key = (text ?? "").Trim().ToLowerInvariant();
        if (key.Length == 0 || No.Contains(key)) return false;
        return Yes.Contains(key) ? true : null;
    }

    /// <summary>A positive amount, with a decimal comma or point, spaces as thousands separators and an optional € sign.</summary>
    public static decimal? Amount(string text)
    {
        var cleaned = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not '€' and not '\u202F' and not '\u00A0').ToArray())
            .Replace("EUR", "", StringComparison.OrdinalIgnoreCase).Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount > 0m
            ? amount : null;
    }

    public static int? Year(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100 ? year : null;

    public static int? Kilometres(string text)
    {
        var cleaned = new string(text.Where(char.IsLetterOrDigit).ToArray()).Replace("km", "", StringComparison.OrdinalIgnoreCase);
        return int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var km) && km <= 2_000_000 ? km : null;
    }

    /// <summary>
    /// ISO 8601 with an offset is an instant; a date and time without one (ISO or French "dd/MM/yyyy HH:mm") is Paris
    /// local time, which is what a French spreadsheet means.
    /// </summary>
    public static DateTimeOffset? Instant(string text)
    {
        text = text.Trim();
        if (WithOffset().IsMatch(text))
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant : null;
        return DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? OpenWindows.ToInstant(local) : null;
    }

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
        "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy", "d/M/yyyy H:mm", "d/M/yyyy",
    ];

    [GeneratedRegex(@"\d(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex WithOffset();

    private static T? Lookup<T>(Dictionary<string, T> values, string text) where T : struct =>
        values.TryGetValue(LookupKey.Of(text), out var value) ? value
        : Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var named) && Enum.IsDefined(typeof(T), named) && !text.Trim().All(char.IsDigit) ? named
        : null;

    private static Dictionary<string, T> Keyed<T>(Dictionary<T, string[]> aliases) where T : notnull =>
        aliases.SelectMany(a => a.Value.Select(alias => (Key: LookupKey.Of(alias), a.Key))).Distinct().ToDictionary(a => a.Key, a => a.Item2);
}
