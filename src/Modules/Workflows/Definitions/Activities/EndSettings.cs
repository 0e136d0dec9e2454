namespace Leasing.Workflows.Definitions.Activities;

/// <summary>Completes the instance. It has no outcome: nothing may follow it.</summary>
public sealed record EndSettings : ActivitySettings
{
    public override IReadOnlyList<string> Ports() => [];
}
