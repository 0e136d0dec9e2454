namespace Leasing.Workflows.Definitions.Activities;

/// <summary>Runs every named branch at once; a Join downstream brings them back together.</summary>
public sealed record ForkSettings : ActivitySettings
{
    public IReadOnlyList<string> Branches { get; init; } = [];

    public override IReadOnlyList<string> Ports() => Branches;

    public override IEnumerable<SettingsProblem> Problems(SettingsContext context)
    {
        if (Branches.Count < 2) yield return new("branches", "a Fork needs at least two branches.");
        foreach (var problem in PortNames.Problems("branches", Branches))
            yield return problem;
    }
}
