using System.Text.Json;

namespace Leasing.Workflows.Definitions;

/// <summary>
/// One box of the chart. <see cref="Inputs"/> is kept as the JSON the designer wrote, so a definition with a
/// mistake in it can still be loaded, shown and corrected; <see cref="Activities.ActivitySettingsReader"/> gives
/// the typed view of it, and the validator says what is wrong with it.
/// </summary>
public sealed record ActivityDefinition
{
    /// <summary>Unique within the definition; every validation message names it.</summary>
    public string Id { get; init; } = "";

    /// <summary>What people call this step, e.g. "2. Visite en concession": the designer's label and the words of "where is my case".</summary>
    public string? Name { get; init; }

    /// <summary>One of <see cref="ActivityTypes"/>, e.g. "HumanTask".</summary>
    public string Type { get; init; } = "";

    /// <summary>Where the designer drew it; null until someone (or the automatic layout) places it.</summary>
    public DesignerPosition? Position { get; init; }

    /// <summary>A JSON object whose shape depends on <see cref="Type"/>; absent for types without inputs.</summary>
    public JsonElement? Inputs { get; init; }
}
