namespace Leasing.Workflows.Definitions.Activities;

/// <summary>Goes on through the first case whose condition is true, or through Default when none is.</summary>
public sealed record SwitchSettings : ActivitySettings
{
    public IReadOnlyList<SwitchCase> Cases { get; init; } = [];

    public override IReadOnlyList<string> Ports() => [.. Cases.Select(c => c.Name), OutcomePorts.Default];

    public override IEnumerable<NamedExpression> Expressions() =>
        Cases.Select((c, i) => new NamedExpression($"cases[{i}].condition", c.Condition));

    public override IEnumerable<SettingsProblem> Problems(SettingsContext context)
    {
        if (Cases.Count == 0) yield return new("cases", "a Switch needs at least one case.");
        foreach (var problem in PortNames.Problems("cases", Cases.Select(c => c.Name)))
            yield return problem;
        if (Cases.Any(c => c.Name == OutcomePorts.Default))
            yield return new("cases", $"a case may not be named '{OutcomePorts.Default}': that port is taken when no case matches.");
    }
}

/// <summary>A named route and the JavaScript condition that selects it.</summary>
public sealed record SwitchCase(string Name, string Condition);
