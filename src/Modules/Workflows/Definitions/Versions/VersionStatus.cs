namespace Leasing.Workflows.Definitions.Versions;

/// <summary>
/// Draft: being edited, runs nothing. Published: new instances start on it (one per definition at a time).
/// Retired: no new instances; instances already on it finish on it.
/// </summary>
public enum VersionStatus { Draft, Published, Retired }
