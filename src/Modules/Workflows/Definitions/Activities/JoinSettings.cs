namespace Leasing.Workflows.Definitions.Activities;

/// <summary>Waits for the branches of a Fork: all of them, or the first one (the others are then cancelled).</summary>
public sealed record JoinSettings : ActivitySettings
{
    public JoinMode Mode { get; init; } = JoinMode.All;
}

public enum JoinMode { All, Any }
