using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Leasing.Workflows.Definitions.Activities;

namespace Leasing.Workflows.Runtime.Tasks;

/// <summary>
/// Checks a completed task's fields against its form: required fields present, numbers numbers, dates ISO dates,
/// choices among their options, no field the form does not have. Each problem is keyed by the field's name.
/// </summary>
public static class TaskForm
{
    public static Dictionary<string, string> Problems(IReadOnlyList<FormField> form, JsonObject fields)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var known = form.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, _) in fields)
            if (!known.Contains(name)) problems[name] = $"'{name}' is not a field of this task's form.";

        foreach (var field in form)
        {
            var value = fields[field.Name];
            if (IsEmpty(value))
            {
                if (field.Required) problems[field.Name] = $"'{field.Label ?? field.Name}' is required.";
                continue;
            }
            if (Check(field, value!) is { } problem) problems[field.Name] = problem;
        }
        return problems;
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>()));

    private static string? Check(FormField field, JsonNode value)
    {
        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        return field.Type switch
        {
            FormFieldTypes.Number when kind == JsonValueKind.Number => null,
            FormFieldTypes.Number when text is not null && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => null,
            FormFieldTypes.Number => $"'{field.Name}' must be a number.",
            FormFieldTypes.Boolean => kind is JsonValueKind.True or JsonValueKind.False ? null : $"'{field.Name}' must be true or false.",
            FormFieldTypes.Date => text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
                ? null : $"'{field.Name}' must be a date (YYYY-MM-DD).",
            FormFieldTypes.Choice => text is not null && (field.Options ?? []).Contains(text, StringComparer.Ordinal)
                ? null : $"'{field.Name}' must be one of: {string.Join(", ", field.Options ?? [])}.",
            _ => kind == JsonValueKind.String ? null : $"'{field.Name}' must be text.",
        };
    }
}
