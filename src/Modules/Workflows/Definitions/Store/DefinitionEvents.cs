namespace Leasing.Workflows.Definitions.Store;

// A definition's lifecycle is a stream of its own: who saved, published or retired which version, and when.

/// <summary>The draft's whole JSON, as the process owner saved or imported it.</summary>
public sealed record DefinitionDraftSaved(string DefinitionId, int Number, string Json, string By, DateTimeOffset At);

/// <param name="Retired">The version it replaced, retired at the same instant (its instances finish on it).</param>
public sealed record DefinitionPublished(string DefinitionId, int Number, int? Retired, string By, DateTimeOffset At);

public sealed record DefinitionRetired(string DefinitionId, int Number, string By, DateTimeOffset At);
