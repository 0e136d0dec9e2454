using System.Globalization;
using System.Text.Json;

namespace Leasing.Workflows.Definitions;

/// <summary>
/// The types a variable may have. They are JSON's, because variables are stored in instance events as JSON and
/// read by JavaScript; a date is an ISO 8601 string, the only form that survives both.
/// </summary>
public static class VariableTypes
{
    public const string String = "string";
    public const string Number = "number";
    public const string Boolean = "boolean";
    public const string Date = "date";
    public const string Object = "object";
    public const string Array = "array";

    public static readonly IReadOnlyList<string> All = [String, Number, Boolean, Date, Object, Array];

    /// <summary>Designers write "String" as often as "string": the case is not what a process owner means.</summary>
    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a default value fits the type (null fits every type: the variable starts empty).</summary>
    public static bool Accepts(string type, JsonElement value) => value.ValueKind == JsonValueKind.Null || type.ToLowerInvariant() switch
    {
        String => value.ValueKind == JsonValueKind.String,
        Number => value.ValueKind == JsonValueKind.Number,
        Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        Date => value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        Object => value.ValueKind == JsonValueKind.Object,
        Array => value.ValueKind == JsonValueKind.Array,
        _ => false,
    };
}
