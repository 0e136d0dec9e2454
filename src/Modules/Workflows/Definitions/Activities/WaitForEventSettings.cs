namespace Leasing.Workflows.Definitions.Activities;

/// <summary>
/// Waits for an integration event (e.g. <c>QuoteAccepted</c>). <see cref="Correlation"/> is JavaScript evaluated
/// with the event as <c>input</c> (e.g. <c>input.leadId</c>); the instance resumes when the key it gives equals the
/// instance's correlation key, the one its trigger set.
/// </summary>
public sealed record WaitForEventSettings : ActivitySettings
{
    public string? EventType { get; init; }

    public string? Correlation { get; init; }

    public override IEnumerable<NamedExpression> Expressions() => [new("correlation", Correlation)];

    public override IEnumerable<SettingsProblem> Problems(SettingsContext context)
    {
        if (string.IsNullOrWhiteSpace(EventType)) yield return new("eventType", "say which integration event to wait for.");
    }
}
