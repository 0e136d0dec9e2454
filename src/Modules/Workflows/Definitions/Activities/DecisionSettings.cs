namespace Leasing.Workflows.Definitions.Activities;

/// <summary>Goes on through True or False depending on a JavaScript condition (which must give a boolean).</summary>
public sealed record DecisionSettings : ActivitySettings
{
    public string? Condition { get; init; }

    public override IReadOnlyList<string> Ports() => [OutcomePorts.True, OutcomePorts.False];

    public override IEnumerable<NamedExpression> Expressions() => [new("condition", Condition)];
}
