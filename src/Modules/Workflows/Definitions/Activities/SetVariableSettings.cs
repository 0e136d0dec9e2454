namespace Leasing.Workflows.Definitions.Activities;

/// <summary>Stores the value of a JavaScript expression (any JSON value) in one of the definition's variables.</summary>
public sealed record SetVariableSettings : ActivitySettings
{
    public string? Variable { get; init; }

    public string? Value { get; init; }

    public override IEnumerable<NamedExpression> Expressions() => [new("value", Value)];

    public override IEnumerable<SettingsProblem> Problems(SettingsContext context)
    {
        if (string.IsNullOrWhiteSpace(Variable)) yield return new("variable", "say which variable to set.");
        else if (!context.Variables.Contains(Variable))
            yield return new("variable", $"'{Variable}' is not a variable of this definition.");
    }
}
