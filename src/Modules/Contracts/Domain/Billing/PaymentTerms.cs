namespace Leasing.Contracts.Domain.Billing;

/// <summary>
/// When an invoice falls due and when an unpaid one is chased. The SEPA direct debit is presented 10 days after the
/// invoice date (the customer's pre-notification); reminders go at +5 and +15 days after the due date, the formal notice
/// (mise en demeure) at +30.
/// </summary>
public static class PaymentTerms
{
    public const int DaysToPay = 10;

    public static DateOnly DueOn(DateOnly issuedOn) => issuedOn.AddDays(DaysToPay);

    public static readonly IReadOnlyList<(DunningStep Step, int DaysAfterDue)> Steps =
        [(DunningStep.FirstReminder, 5), (DunningStep.SecondReminder, 15), (DunningStep.FormalNotice, 30)];

    /// <summary>
    /// The highest dunning step an unpaid invoice has reached on <paramref name="today"/> beyond the one already recorded,
    /// or null. When several were reached at once (a sweep that did not run for a while), only the highest is sent.
    /// </summary>
    public static DunningStep? StepDue(DateOnly dueOn, DateOnly today, DunningStep current)
    {
        var overdue = today.DayNumber - dueOn.DayNumber;
        var reached = Steps.Where(s => overdue >= s.DaysAfterDue).Select(s => s.Step).DefaultIfEmpty(DunningStep.None).Max();
        return reached > current ? reached : null;
    }
}
