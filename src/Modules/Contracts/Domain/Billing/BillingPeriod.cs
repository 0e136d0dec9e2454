using Leasing.Kernel.Monetary;

namespace Leasing.Contracts.Domain.Billing;

/// <summary>
/// A calendar month of billing, cut to the contract's first and last days: a contract delivered on 10/12 is billed
/// 10/12–31/12 first, then whole months, and its last period ends on the contract's last day.
/// </summary>
public sealed record BillingPeriod(DateOnly Start, DateOnly End)
{
    public DateOnly MonthStart => new(Start.Year, Start.Month, 1);

    public DateOnly MonthEnd => MonthStart.AddMonths(1).AddDays(-1);

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public int DaysInMonth => DateTime.DaysInMonth(Start.Year, Start.Month);

    public bool IsWholeMonth => Start == MonthStart && End == MonthEnd;

    /// <summary>"yyyy-MM", the key of the month an invoice is for (with the contract id, its deterministic id).</summary>
    public string MonthKey => $"{Start.Year:0000}-{Start.Month:00}";

    /// <summary>
    /// A monthly amount for this period, prorated to the day on the month's actual number of days (22 days of a
    /// 31-day month: × 22/31), rounded to the cent once.
    /// </summary>
    public decimal Prorate(decimal monthlyAmount) =>
        IsWholeMonth ? monthlyAmount : MoneyRounding.ToCent(monthlyAmount * Days / DaysInMonth);

    /// <summary>The period containing <paramref name="day"/> for a contract billed from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static BillingPeriod Containing(DateOnly day, DateOnly first, DateOnly last)
    {
        var monthStart = new DateOnly(day.Year, day.Month, 1);
        var start = monthStart < first ? first : monthStart;
        var end = monthStart.AddMonths(1).AddDays(-1);
        return new BillingPeriod(start, end > last ? last : end);
    }

    /// <summary>Every period from <paramref name="from"/> to <paramref name="last"/> (inclusive), in order.</summary>
    public static IEnumerable<BillingPeriod> Between(DateOnly from, DateOnly last)
    {
        for (var day = from; day <= last;)
        {
            var period = Containing(day, from, last);
            yield return period;
            day = period.End.AddDays(1);
        }
    }
}
