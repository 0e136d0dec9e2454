using Radzen;

namespace Leasing.Web.Shared;

public static class OutcomeNotifications
{
    /// <summary>"Saved", or "Not saved" with the field errors (or the refusal's message) of an admin command.</summary>
    /// <summary>What went wrong, one line per field error (or the refusal's message): to show beside the form.</summary>
    public static IReadOnlyList<string> Problems(this AdminOutcome outcome) => outcome.Succeeded ? []
        : outcome.FieldErrors.SelectMany(e => e.Value).DefaultIfEmpty(outcome.Message ?? "").Where(m => m.Length > 0).ToList();

    public static void Report(this NotificationService notifications, AdminOutcome outcome)
    {
        if (outcome.Succeeded)
            notifications.Notify(NotificationSeverity.Success, L.T("Enregistré", "Saved"));
        else
            notifications.Notify(NotificationSeverity.Error, L.T("Non enregistré", "Not saved"),
                string.Join(" ", outcome.FieldErrors.SelectMany(e => e.Value).DefaultIfEmpty(outcome.Message ?? "")));
    }
}
