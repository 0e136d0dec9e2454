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
        // Each month opens on the previous closing balance and pays the same rent: both rounded once, not on every row.
        var payment = MoneyRounding.ToCent(financialRent);
        var opening = MoneyRounding.ToCent(balance);
        for (var month = 1; month <= termMonths; month++)
        {
            var (interest, principal, closing) = Step(balance, monthlyRate, timing, financialRent);
            var closingShown = MoneyRounding.ToCent(closing);
            rows.Add(new AmortisationRow(
                month,
                opening,
                payment,
                MoneyRounding.ToCent(interest),
                MoneyRounding.ToCent(principal),
                closingShown));
            balance = closing;
            opening = closingShown;
        }
        return new AmortisationSchedule(timing, rows);
    }

    public decimal TotalInterest => Rows.Sum(row => row.Interest);

    /// <summary>
    /// The exact (unrounded) balance still owed after <paramref name="monthsPaid"/> rents: what an amendment re-prices
    /// and what an early termination settles. The same month step as the schedule, so both always agree.
    /// </summary>
    public static decimal OutstandingBalance(
        decimal capitalisedValue, decimal monthlyRate, PaymentTiming timing, decimal financialRent, int monthsPaid)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(monthsPaid);
        var balance = capitalisedValue;
        for (var month = 1; month <= monthsPaid; month++)
            balance = Step(balance, monthlyRate, timing, financialRent).Closing;
        return balance;
    }

    /// <summary>One month: in advance the rent is paid first and interest runs on what is left; in arrears on the opening balance.</summary>
    private static (decimal Interest, decimal Principal, decimal Closing) Step(
        decimal balance, decimal monthlyRate, PaymentTiming timing, decimal financialRent)
    {
        var interest = timing == PaymentTiming.Advance
            ? (balance - financialRent) * monthlyRate
            : balance * monthlyRate;
        var principal = financialRent - interest;
        return (interest, principal, balance - principal);
    }
}
