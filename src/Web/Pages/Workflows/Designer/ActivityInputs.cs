using Leasing.Web.Shared;
using Leasing.Workflows.Definitions.Activities;
using Leasing.Workflows.Definitions;
using System.Text.Json.Nodes;
using System.Text.Json;

namespace Leasing.Web.Pages.Workflows.Designer;

/// <summary>
/// Typed reads and writes over an activity's JSON inputs, for the property panels. The names are the JSON names of
/// the settings records (camelCase); an emptied text removes its input, so the saved JSON stays as short as a
/// hand-written one.
/// </summary>
public sealed class ActivityInputs(JsonObject inputs)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault,
    };

    public string? Text(string name) => inputs[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : inputs[name]?.ToJsonString();

    public void SetText(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) inputs.Remove(name);
        else inputs[name] = value.Trim();
    }

    public IReadOnlyList<string> Texts(string name) =>
        inputs[name] is JsonArray array ? array.Select(item => item is JsonValue v && v.TryGetValue<string>(out var s) ? s : item?.ToJsonString() ?? "").ToList() : [];

    public void SetTexts(string name, IEnumerable<string> values) => inputs[name] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public IReadOnlyList<T> Records<T>(string name) =>
        inputs[name] is JsonArray array ? TryRead<List<T>>(array) ?? [] : [];

    public void SetRecords<T>(string name, IEnumerable<T> values)
    {
        var list = values.ToList();
        if (list.Count == 0) inputs.Remove(name);
        else inputs[name] = JsonSerializer.SerializeToNode(list, Json);
    }

    public IReadOnlyDictionary<string, string> Map(string name) =>
        inputs[name] is JsonObject map ? TryRead<Dictionary<string, string>>(map) ?? [] : new Dictionary<string, string>();

    public void SetMap(string name, IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0) inputs.Remove(name);
        else inputs[name] = JsonSerializer.SerializeToNode(values, Json);
    }

    /// <summary>The inputs a new activity of each type starts with: enough to read what it needs, close to valid.</summary>
    public static JsonObject DefaultsFor(string type, IReadOnlyList<string> commands, IReadOnlyList<string> variables) => type switch
    {
        ActivityTypes.HumanTask => new JsonObject
        {
            ["title"] = L.T("Nouvelle tâche", "New task"), ["role"] = Leasing.Kernel.Security.Roles.BackOffice,
            ["outcomes"] = new JsonArray("Approve", "Reject"),
        },
        ActivityTypes.Decision => new JsonObject { ["condition"] = "true" },
        ActivityTypes.Switch => new JsonObject { ["cases"] = new JsonArray(new JsonObject { ["name"] = "Case1", ["condition"] = "true" }) },
        ActivityTypes.Fork => new JsonObject { ["branches"] = new JsonArray("A", "B") },
        ActivityTypes.Join => new JsonObject { ["mode"] = "all" },
        ActivityTypes.WaitForEvent => new JsonObject { ["eventType"] = "LeadQualified", ["correlation"] = "input.leadId" },
        ActivityTypes.Delay => new JsonObject { ["duration"] = "1d" },
        ActivityTypes.SendCommand => commands.Count > 0 ? new JsonObject { ["command"] = commands[0] } : new JsonObject(),
        ActivityTypes.Notify => new JsonObject { ["role"] = Leasing.Kernel.Security.Roles.BackOffice, ["subject"] = L.T("Rappel", "Reminder") },
        ActivityTypes.SetVariable => variables.Count > 0 ? new JsonObject { ["variable"] = variables[0], ["value"] = "null" } : new JsonObject { ["value"] = "null" },
        _ => new JsonObject(),
    };

    private static T? TryRead<T>(JsonNode node) where T : class
    {
        try { return node.Deserialize<T>(Json); }
        catch (JsonException) { return null; }
    }
}

/// <summary>A form field row as the editor holds it (options as one comma-separated text).</summary>
public sealed class FormFieldRow
{
    public string Name { get; set; } = "";
    public string? Label { get; set; }
    public string Type { get; set; } = FormFieldTypes.Text;
    public bool Required { get; set; }
    public string? Options { get; set; }

    public static FormFieldRow Of(FormField field) => new()
    {
        Name = field.Name, Label = field.Label, Type = field.Type, Required = field.Required,
        Options = field.Options is null ? null : string.Join(", ", field.Options),
    };

    public FormField ToField() => new(Name.Trim(), Type, Required,
        Type == FormFieldTypes.Choice ? (Options ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
        string.IsNullOrWhiteSpace(Label) ? null : Label.Trim());
}
