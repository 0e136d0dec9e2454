using System.Text.Json.Nodes;

namespace Leasing.Web.Pages.Workflows.Designer;

/// <summary>
/// An activity while it is being edited. Its inputs stay a JSON object, not a typed record: a definition with a
/// mistake in it (an unknown input, a wrong shape) can still be opened, shown and corrected, and nothing the panel
/// does not know about is lost on save.
/// </summary>
public sealed class DesignerNode
{
    public required string Id { get; set; }

    public required string Type { get; init; }

    /// <summary>The step's name people read ("2. Visite en concession"): the box's title and the words of "where is my case".</summary>
    public string? Name { get; set; }

    public double X { get; set; }

    public double Y { get; set; }

    public JsonObject Inputs { get; set; } = new();

    /// <summary>Inputs that are not a JSON object at all (a hand-edited file): kept as they are, for the validator to name.</summary>
    public JsonNode? UnreadableInputs { get; set; }
}

/// <summary>An arrow from an outcome port of <see cref="Source"/> to <see cref="Target"/>.</summary>
public sealed record DesignerLink(string Source, string Port, string Target)
{
    /// <summary>A stable element id for the arrow (tests and styles).</summary>
    public string ElementId => $"link-{Source}-{Port}-{Target}";
}
