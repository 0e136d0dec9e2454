using Leasing.Web.Shared;
using Leasing.Workflows.Definitions.Activities;
using Leasing.Workflows.Definitions.Layout;
using Leasing.Workflows.Definitions;
using System.Text.Json.Nodes;
using System.Text.Json;

namespace Leasing.Web.Pages.Workflows.Designer;

/// <summary>
/// A definition while the designer edits it: boxes that move, arrows that are drawn and removed, inputs that change.
/// It is read from a <see cref="WorkflowDefinition"/> (placed by <see cref="AutoLayout"/> where it has no positions)
/// and written back to one; everything else (validation, saving, publishing) works on that definition.
/// </summary>
public sealed class DesignerDocument
{
    public string DefinitionId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int Version { get; set; } = 1;
    public List<VariableRow> Variables { get; } = [];
    public List<TriggerRow> Triggers { get; } = [];
    public List<DesignerNode> Nodes { get; } = [];
    public List<DesignerLink> Links { get; } = [];

    /// <summary>Snapped to a grid so boxes line up without a steady hand.</summary>
    public const double Grid = 10;

    public static DesignerDocument From(WorkflowDefinition definition)
    {
        var placed = AutoLayout.Apply(definition);
        var document = new DesignerDocument
        {
            DefinitionId = placed.DefinitionId, Name = placed.Name, Description = placed.Description, Version = placed.Version,
        };
        document.Variables.AddRange(placed.Variables.Select(v => new VariableRow
        {
            Name = v.Name, Type = v.Type, Default = v.Default is { } value ? value.GetRawText() : null,
        }));
        document.Triggers.AddRange(placed.Triggers.Select(t => new TriggerRow { EventType = t.EventType, Correlation = t.Correlation }));
        foreach (var activity in placed.Root.Activities)
        {
            var node = new DesignerNode
            {
                Id = activity.Id, Type = activity.Type, Name = activity.Name, X = activity.Position?.X ?? 0, Y = activity.Position?.Y ?? 0,
            };
            if (activity.Inputs is { ValueKind: JsonValueKind.Object } inputs) node.Inputs = JsonNode.Parse(inputs.GetRawText())!.AsObject();
            else if (activity.Inputs is { ValueKind: not JsonValueKind.Null } other) node.UnreadableInputs = JsonNode.Parse(other.GetRawText());
            document.Nodes.Add(node);
        }
        document.Links.AddRange(placed.Root.Connections.Select(c => new DesignerLink(c.Source.Activity, c.Source.Port ?? OutcomePorts.Done, c.Target.Activity)));
        return document;
    }

    public WorkflowDefinition ToDefinition() => new()
    {
        DefinitionId = DefinitionId.Trim(),
        Name = Name.Trim(),
        Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
        Version = Version,
        Variables = Variables.Select(v => new VariableDefinition(v.Name.Trim(), v.Type, v.DefaultValue)).ToList(),
        Triggers = Triggers.Select(t => new WorkflowTrigger(t.EventType.Trim(), t.Correlation.Trim())).ToList(),
        Root = new Flowchart
        {
            Activities = Nodes.Select(ToActivity).ToList(),
            Connections = Links.Select(l => new Connection(new ConnectionEndpoint(l.Source, l.Port), new ConnectionEndpoint(l.Target, OutcomePorts.In))).ToList(),
        },
    };

    public DesignerNode? Find(string? id) => id is null ? null : Nodes.FirstOrDefault(n => n.Id == id);

    public static ActivityDefinition ToActivity(DesignerNode node) => new()
    {
        Id = node.Id,
        Name = string.IsNullOrWhiteSpace(node.Name) ? null : node.Name.Trim(),
        Type = node.Type,
        Position = new DesignerPosition(node.X, node.Y),
        Inputs = node.UnreadableInputs is { } raw ? JsonSerializer.SerializeToElement(raw)
            : node.Inputs.Count == 0 ? null : JsonSerializer.SerializeToElement(node.Inputs),
    };

    /// <summary>
    /// The outcome ports to draw: those the type gives for the current inputs, then any port an arrow still leaves
    /// from although the inputs no longer offer it (drawn as faulty, so the process owner sees what to fix).
    /// </summary>
    public NodePorts PortsOf(DesignerNode node)
    {
        var declared = ActivitySettingsReader.Read(ToActivity(node)).Settings?.Ports().Where(p => !string.IsNullOrWhiteSpace(p)).Distinct().ToList() ?? [];
        var stale = Links.Where(l => l.Source == node.Id && !declared.Contains(l.Port)).Select(l => l.Port).Distinct().ToList();
        return new NodePorts([.. declared, .. stale], stale.ToHashSet(StringComparer.Ordinal));
    }

    public DesignerNode Add(string type, IReadOnlyList<string> commands, DesignerNode? after)
    {
        var prefix = type.ToLowerInvariant();
        var number = 1;
        while (Nodes.Any(n => n.Id == $"{prefix}-{number}")) number++;
        var (x, y) = after is not null
            ? (after.X + AutoLayout.ColumnWidth, after.Y)
            : (AutoLayout.Margin, Nodes.Count == 0 ? AutoLayout.Margin : Nodes.Max(n => n.Y) + AutoLayout.RowHeight);
        while (Nodes.Any(n => Math.Abs(n.X - x) < NodeGeometry.Width && Math.Abs(n.Y - y) < NodeGeometry.HeaderHeight)) y += AutoLayout.RowHeight;
        var node = new DesignerNode
        {
            Id = $"{prefix}-{number}", Type = type, X = x, Y = y,
            Inputs = ActivityInputs.DefaultsFor(type, commands, Variables.Select(v => v.Name).ToList()),
        };
        Nodes.Add(node);
        return node;
    }

    public void Remove(DesignerNode node)
    {
        Nodes.Remove(node);
        Links.RemoveAll(l => l.Source == node.Id || l.Target == node.Id);
    }

    /// <returns>False when the arrow would make no sense (to itself) or is already there.</returns>
    public bool Connect(string source, string port, string target)
    {
        if (source == target || Links.Any(l => l.Source == source && l.Port == port && l.Target == target)) return false;
        Links.Add(new DesignerLink(source, port, target));
        return true;
    }

    public void Move(DesignerNode node, double x, double y)
    {
        node.X = Math.Max(0, Math.Round(x / Grid) * Grid);
        node.Y = Math.Max(0, Math.Round(y / Grid) * Grid);
    }

    /// <returns>Why the id cannot be used, or null when the activity (and its arrows) now have it.</returns>
    public string? Rename(DesignerNode node, string newId)
    {
        newId = newId.Trim();
        if (newId == node.Id) return null;
        if (newId.Length == 0) return L.T("L'identifiant est obligatoire.", "The id is required.");
        if (Nodes.Any(n => n.Id == newId)) return L.T($"Une autre activité s'appelle déjà « {newId} ».", $"Another activity is already called '{newId}'.");
        var old = node.Id;
        node.Id = newId;
        for (var i = 0; i < Links.Count; i++)
        {
            var link = Links[i];
            Links[i] = link with { Source = link.Source == old ? newId : link.Source, Target = link.Target == old ? newId : link.Target };
        }
        return null;
    }

    /// <summary>An outcome, branch or case was renamed in the panel: its arrows follow it.</summary>
    public void RenamePort(DesignerNode node, string oldPort, string newPort)
    {
        for (var i = 0; i < Links.Count; i++)
            if (Links[i].Source == node.Id && Links[i].Port == oldPort) Links[i] = Links[i] with { Port = newPort };
    }
}

/// <param name="All">The ports drawn, in order: those the inputs declare, then the stale ones.</param>
/// <param name="Stale">Ports an arrow leaves from that the inputs no longer declare.</param>
public sealed record NodePorts(IReadOnlyList<string> All, IReadOnlySet<string> Stale)
{
    public static readonly NodePorts None = new([], new HashSet<string>());

    public int Count => All.Count;

    public int IndexOf(string port)
    {
        for (var i = 0; i < All.Count; i++) if (All[i] == port) return i;
        return -1;
    }
}

public sealed class VariableRow
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = VariableTypes.String;

    /// <summary>The default as JSON text (<c>false</c>, <c>"LLD"</c>, <c>0</c>); empty for none.</summary>
    public string? Default { get; set; }

    public JsonElement? DefaultValue
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Default)) return null;
            try { return JsonDocument.Parse(Default).RootElement.Clone(); }
            // Not JSON: a process owner typed a bare word for a string variable; it is that string.
            catch (JsonException) { return JsonSerializer.SerializeToElement(Default); }
        }
    }
}

public sealed class TriggerRow
{
    public string EventType { get; set; } = "";
    public string Correlation { get; set; } = "";
}
