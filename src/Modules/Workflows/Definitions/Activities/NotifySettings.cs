using Leasing.Kernel.Security;

namespace Leasing.Workflows.Definitions.Activities;

/// <summary>
/// Tells people something without asking them to act (a reminder, an alert): a message to a role or a user.
/// The text is plain; what to act on belongs in a human task.
/// </summary>
public sealed record NotifySettings : ActivitySettings
{
    public string? Role { get; init; }

    public string? User { get; init; }

    public string? Subject { get; init; }

    public string? Message { get; init; }

    public override IEnumerable<SettingsProblem> Problems(SettingsContext context)
    {
        if (string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(User))
            yield return new("role", "a notification needs a role or a user to go to.");
        if (!string.IsNullOrWhiteSpace(Role) && !Roles.IsKnown(Role)) yield return new("role", $"'{Role}' is not a role.");
        if (string.IsNullOrWhiteSpace(Subject) && string.IsNullOrWhiteSpace(Message))
            yield return new("message", "a notification needs a subject or a message.");
    }
}
