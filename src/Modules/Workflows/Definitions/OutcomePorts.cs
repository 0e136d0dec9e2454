namespace Leasing.Workflows.Definitions;

/// <summary>The port names that are not chosen by the process owner.</summary>
public static class OutcomePorts
{
    /// <summary>The single outcome of activities that simply finish.</summary>
    public const string Done = nameof(Done);

    public const string True = nameof(True);

    public const string False = nameof(False);

    /// <summary>Taken by a Switch when no case matches.</summary>
    public const string Default = nameof(Default);

    /// <summary>The input port every activity has.</summary>
    public const string In = nameof(In);
}
