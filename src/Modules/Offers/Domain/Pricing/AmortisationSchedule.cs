using Leasing.Kernel.Monetary;

namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// Month-by-month repayment of the capitalised value down to the residual value.
/// The balance is carried at full precision and every figure shown is that exact figure rounded to
/// the cent. So each month opens on the previous month's closing balance and the last month closes
/// on the residual value; a row's interest + principal may differ from its payment by one cent of
/// display rounding, never by accumulated drift (which a schedule on rounded rents would build up).
/// </summary>
public sealed record AmortisationSchedule(PaymentTiming PaymentTiming, IReadOnlyList<AmortisationRow> Rows)
{
    /// <param name="financialRent">
    /// The unrounded annuity before any lessor margin: the schedule shows the financing at the stated
    /// rate, and the margin is the lessor's income on top of it, not a repayment.
    /// </param>
    public static AmortisationSchedule Build(
        decimal capitalisedValue, decimal monthlyRate, int termMonths, PaymentTiming timing, decimal financialRent)
    {
        var rows = new List<AmortisationRow>(termMonths);
        var balance = capitalisedValue;
        for (var month = 1; month <= termMonths; month++)
        {
            var interest = timing == PaymentTiming.Advance
                ? (balance - financialRent) * monthlyRate
                : balance * monthlyRate;
            var principal = financialRent - interest;
            var closing = balance - principal;
            rows.Add(new AmortisationRow(
                month,
                MoneyRounding.ToCent(balance),
                MoneyRounding.ToCent(financialRent),
                MoneyRounding.ToCent(interest),
                MoneyRounding.ToCent(principal),
                MoneyRounding.ToCent(closing)));
            balance = closing;
        }
        return new AmortisationSchedule(timing, rows);
    }

    public decimal TotalInterest => Rows.Sum(row => row.Interest);
}
