namespace Leasing.Workflows.Definitions.Activities;

/// <summary>
/// Starts an instance of another definition (its published version at that moment) and goes on when it
/// completes. <see cref="Inputs"/> maps the child's variables from JavaScript over this instance's variables.
/// </summary>
public sealed record SubWorkflowSettings : ActivitySettings
{
    public string? DefinitionId { get; init; }

    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();

    public override IEnumerable<NamedExpression> Expressions() =>
        Inputs.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => new NamedExpression($"inputs.{i.Key}", i.Value));

    public override IEnumerable<SettingsProblem> Problems(SettingsContext context)
    {
        if (string.IsNullOrWhiteSpace(DefinitionId)) yield return new("definitionId", "say which workflow definition to run.");
    }
}
