using System.Globalization;

namespace Leasing.Kernel.Monetary;

public static class MoneyFormat
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>
    /// Amount with two decimals and the currency symbol placed as the culture places it.
    /// fr-FR uses a narrow no-break space as group separator; it is kept so text is not wrapped inside an amount.
    /// </summary>
    public static string Format(decimal amount, string currency, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = SymbolOf(currency);
        format.CurrencyDecimalDigits = MoneyRounding.Decimals;
        return MoneyRounding.ToCent(amount).ToString("C", format);
    }

    public static string SymbolOf(string currency) => currency switch
    {
        Money.Euro => "€",
        _ => currency,
    };
}
