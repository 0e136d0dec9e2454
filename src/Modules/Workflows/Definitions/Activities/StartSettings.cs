namespace Leasing.Workflows.Definitions.Activities;

/// <summary>Where every instance begins; the trigger's event is its input. It has no inputs of its own.</summary>
public sealed record StartSettings : ActivitySettings;
