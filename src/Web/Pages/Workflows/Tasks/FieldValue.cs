using System.Globalization;
using System.Text.Json.Nodes;
using Leasing.Workflows.Definitions.Activities;

namespace Leasing.Web.Pages.Workflows.Tasks;

/// <summary>What a person typed in one field of a task's form, held in the editor's own type until the form is sent.</summary>
public sealed class FieldValue(FormField field)
{
    public FormField Field { get; } = field;
    public string? Text { get; set; }
    public decimal? Number { get; set; }
    public bool Flag { get; set; }
    public DateTime? Date { get; set; }

    /// <summary>The JSON value the task's form expects (a date as YYYY-MM-DD); null for an empty field, which is then not sent.</summary>
    public JsonNode? ToJson() => Field.Type switch
    {
        FormFieldTypes.Number => Number is { } n ? JsonValue.Create(n) : null,
        FormFieldTypes.Boolean => JsonValue.Create(Flag),
        FormFieldTypes.Date => Date is { } d ? JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
        _ => string.IsNullOrWhiteSpace(Text) ? null : JsonValue.Create(Text.Trim()),
    };

    public static JsonObject ToFields(IEnumerable<FieldValue> values)
    {
        var fields = new JsonObject();
        foreach (var value in values)
            if (value.ToJson() is { } json) fields[value.Field.Name] = json;
        return fields;
    }
}
