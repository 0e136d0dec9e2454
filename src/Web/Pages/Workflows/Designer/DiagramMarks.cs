namespace Leasing.Web.Pages.Workflows.Designer;

/// <summary>
/// What the canvas colours besides the chart itself: on an instance, the activities done (its path) and where it
/// stands; in the designer, the activities the validator found faulty and how many errors each has.
/// </summary>
public sealed record DiagramMarks
{
    public static readonly DiagramMarks None = new();

    public IReadOnlySet<string> Done { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Current { get; init; } = new HashSet<string>();
    public IReadOnlyDictionary<string, int> Faults { get; init; } = new Dictionary<string, int>();

    /// <summary>An arrow was followed when its source is done and its target was reached (done or waiting now).</summary>
    public bool Followed(DesignerLink link) => Done.Contains(link.Source) && (Done.Contains(link.Target) || Current.Contains(link.Target));
}
