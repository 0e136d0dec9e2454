namespace Leasing.Workflows.Definitions.Activities;

/// <summary>
/// A durable timer: waits a fixed <see cref="Duration"/>, or <see cref="Until"/> an instant computed from the
/// instance's data. Exactly one of the two is given.
/// </summary>
public sealed record DelaySettings : ActivitySettings
{
    /// <summary>A <see cref="WorkflowDuration"/>: <c>P30D</c>, <c>30d</c>, <c>PT4H</c>.</summary>
    public string? Duration { get; init; }

    /// <summary>
    /// JavaScript giving an ISO 8601 date (e.g. <c>variables.deliveryDate</c>); a fixed date is written as a string
    /// literal, <c>'2026-01-31T09:00:00Z'</c>. A fixed date rarely suits a workflow run many times, hence an expression.
    /// </summary>
    public string? Until { get; init; }

    public TimeSpan? DurationValue => WorkflowDuration.TryParse(Duration, out var duration) ? duration : null;

    public override IEnumerable<NamedExpression> Expressions() => Until is null ? [] : [new("until", Until)];

    public override IEnumerable<SettingsProblem> Problems(SettingsContext context)
    {
        if ((Duration is null) == (Until is null))
            yield return new("duration", "a Delay needs either 'duration' or 'until', not both and not neither.");
        else if (Duration is not null && DurationValue is null)
            yield return new("duration", $"'{Duration}' is not a duration (e.g. P30D, PT4H, 30d, 4h).");
    }
}
