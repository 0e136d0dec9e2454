using System.Globalization;
using System.Text;

namespace Leasing.Prospecting.Domain;

/// <summary>
/// How people's spellings of a name are compared: lower case, no accents, letters and digits only. So "Le Bon Coin",
/// "le-bon-coin" and "LEBONCOIN" are one source, and "Prénom", "prenom" and "PRÉNOM" one column.
/// </summary>
public static class LookupKey
{
    public static string Of(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c))
                key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }
}
