using Leasing.Kernel.Security;

namespace Leasing.Workflows.Definitions.Activities;

/// <summary>
/// Work for a person: it lands in the inbox of a role (or of one user), shows a form, and goes on through the
/// outcome the person picks (Approve/Reject, Qualified/Lost). Past its due time it is escalated to another role.
/// </summary>
public sealed record HumanTaskSettings : ActivitySettings
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>A product role (<see cref="Roles"/>): everyone holding it sees the task.</summary>
    public string? Role { get; init; }

    /// <summary>A user name, when the task is for one person (e.g. the lead's advisor).</summary>
    public string? Assignee { get; init; }

    public IReadOnlyList<FormField> FormFields { get; init; } = [];

    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>A <see cref="WorkflowDuration"/> from the moment the task opens.</summary>
    public string? DueIn { get; init; }

    /// <summary>Who is told (and may take the task) once it is overdue; needs <see cref="DueIn"/>.</summary>
    public string? EscalateToRole { get; init; }

    public TimeSpan? DueInDuration => WorkflowDuration.TryParse(DueIn, out var duration) ? duration : null;

    public override IReadOnlyList<string> Ports() => Outcomes;

    public override IEnumerable<SettingsProblem> Problems(SettingsContext context)
    {
        if (string.IsNullOrWhiteSpace(Title)) yield return new("title", "a human task needs a title.");
        if (Outcomes.Count == 0) yield return new("outcomes", "a human task needs at least one outcome (e.g. Approve, Reject).");
        foreach (var problem in PortNames.Problems("outcomes", Outcomes)) yield return problem;

        if (string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Assignee))
            yield return new("role", "a human task needs a role or an assignee, or nobody would see it.");
        if (!string.IsNullOrWhiteSpace(Role) && !Roles.IsKnown(Role))
            yield return new("role", $"'{Role}' is not a role (known: {string.Join(", ", Roles.All)}).");

        if (DueIn is not null && DueInDuration is null)
            yield return new("dueIn", $"'{DueIn}' is not a duration (e.g. PT4H, P2D, 4h, 30m, 2d).");
        if (!string.IsNullOrWhiteSpace(EscalateToRole))
        {
            if (!Roles.IsKnown(EscalateToRole)) yield return new("escalateToRole", $"'{EscalateToRole}' is not a role.");
            if (DueIn is null) yield return new("escalateToRole", "escalation needs 'dueIn': a task is overdue only after its due time.");
        }

        foreach (var problem in FormProblems()) yield return problem;
    }

    private IEnumerable<SettingsProblem> FormProblems()
    {
        for (var i = 0; i < FormFields.Count; i++)
        {
            var field = FormFields[i];
            var at = $"formFields[{i}]";
            if (string.IsNullOrWhiteSpace(field.Name)) yield return new($"{at}.name", "a form field needs a name.");
            if (!FormFieldTypes.All.Contains(field.Type))
                yield return new($"{at}.type", $"'{field.Type}' is not a form field type ({string.Join(", ", FormFieldTypes.All)}).");
            if (field.Type == FormFieldTypes.Choice && (field.Options is null || field.Options.Count == 0))
                yield return new($"{at}.options", $"the choice field '{field.Name}' needs options.");
        }
        foreach (var duplicate in FormFields.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            yield return new("formFields", $"the form field '{duplicate.Key}' is given more than once.");
    }
}
