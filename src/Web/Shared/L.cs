using System.Globalization;
using Leasing.Kernel.Monetary;

namespace Leasing.Web.Shared;

/// <summary>
/// The admin's texts and formats. French is the default; English is the other language. Each text is written
/// in both languages where it is used, so a page reads as it shows.
/// </summary>
public static class L
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string french, string english) => English ? english : french;

    public static string Money(decimal amount) => MoneyFormat.Format(amount, Kernel.Monetary.Money.Euro, CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset value) => Kernel.Time.BusinessCalendar.Paris is { } zone
        ? TimeZoneInfo.ConvertTime(value, zone).ToString("d", CultureInfo.CurrentCulture)
        : value.ToString("d", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, Kernel.Time.BusinessCalendar.Paris).ToString("g", CultureInfo.CurrentCulture);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
