namespace Leasing.Prospecting.Domain.Duplicates;

/// <summary>
/// Phone numbers in E.164 form, so every way of writing a French number compares equal:
/// <c>+33 6 12 34 56 78</c>, <c>06.12.34.56.78</c>, <c>0033612345678</c>, <c>+33 (0)6 12 34 56 78</c> → <c>+33612345678</c>.
/// Foreign numbers written with their country code (+ or 00) are kept as they are.
/// </summary>
public static class PhoneNumbers
{
    private const string France = "33";

    /// <summary>The E.164 form, or null when the text is not a phone number.</summary>
    public static string? Normalise(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var text = phone.Trim().Replace("(0)", "");
        if (text.Any(c => !(char.IsDigit(c) || c is '+' or ' ' or '.' or '-' or '/' or '(' or ')' or '\u00A0' or '\u202F'))) return null;
        if (text.LastIndexOf('+') > 0) return null;

        var digits = new string(text.Where(char.IsDigit).ToArray());
        var international = text.StartsWith('+') ? digits : digits.StartsWith("00") ? digits[2..] : null;

        if (international is null)
            // A national French number: a trunk 0, then nine digits that do not start with 0.
            return digits.Length == 10 && digits[0] == '0' && digits[1] != '0' ? "+" + France + digits[1..] : null;

        if (international.StartsWith(France))
        {
            var national = international[France.Length..];
            if (national.Length == 10 && national[0] == '0') national = national[1..]; // "+33 06 ..." written with the trunk 0
            return national.Length == 9 && national[0] != '0' ? "+" + France + national : null;
        }
        // Other countries: E.164 allows up to 15 digits with the country code (which never starts with 0); fewer than 9
        // is no real subscriber number, more likely a mistyped French one.
        return international.Length is >= 9 and <= 15 && international[0] != '0' ? "+" + international : null;
    }
}
