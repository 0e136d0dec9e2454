namespace Leasing.Workflows.Definitions.Activities;

/// <summary>
/// Sends a command to a module (e.g. <c>QualifyLead</c>). Only commands the modules registered in the catalogue
/// may be named; each command input is mapped from JavaScript over the instance's variables.
/// </summary>
public sealed record SendCommandSettings : ActivitySettings
{
    public string? Command { get; init; }

    /// <summary>Command input name → JavaScript giving its value.</summary>
    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();

    public override IEnumerable<NamedExpression> Expressions() =>
        Inputs.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => new NamedExpression($"inputs.{i.Key}", i.Value));

    public override IEnumerable<SettingsProblem> Problems(SettingsContext context)
    {
        if (string.IsNullOrWhiteSpace(Command)) yield return new("command", "say which command to send.");
        else if (!context.Commands.Contains(Command))
            yield return new("command", $"'{Command}' is not a command of the catalogue.");
    }
}
