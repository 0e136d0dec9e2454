using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Leasing.Workflows.Definitions.Activities;

/// <summary>
/// Reads an activity's JSON inputs into its type's settings record. Unknown input names are refused: in a
/// hand-edited file "dueln" for "dueIn" would otherwise silently mean "no due time".
/// </summary>
public static class ActivitySettingsReader
{
    private static readonly JsonSerializerOptions Options = Create();

    /// <summary>The settings, or why the inputs do not fit the type (unknown type, wrong shape, unknown input).</summary>
    public static SettingsReadResult Read(ActivityDefinition activity)
    {
        if (!ActivityTypes.IsKnown(activity.Type))
            return new(null, $"'{activity.Type}' is not an activity type.");
        var type = ActivityTypes.SettingsTypeOf(activity.Type);
        if (activity.Inputs is not { } inputs || inputs.ValueKind == JsonValueKind.Null)
            return new((ActivitySettings)Activator.CreateInstance(type)!, null);
        if (inputs.ValueKind != JsonValueKind.Object)
            return new(null, "'inputs' must be a JSON object.");

        try
        {
            return new((ActivitySettings?)inputs.Deserialize(type, Options) ?? (ActivitySettings)Activator.CreateInstance(type)!, null);
        }
        catch (JsonException e)
        {
            return new(null, $"the inputs do not fit a {activity.Type}: {e.Message}");
        }
    }

    /// <summary>The typed settings of an activity known to be valid (e.g. of a published version).</summary>
    /// <exception cref="InvalidOperationException">The inputs do not fit, or the activity is of another type.</exception>
    public static T Read<T>(ActivityDefinition activity) where T : ActivitySettings
    {
        var result = Read(activity);
        return result.Settings as T
            ?? throw new InvalidOperationException($"Activity '{activity.Id}': {result.Error ?? $"it is a {activity.Type}, not a {typeof(T).Name}."}");
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowTrailingCommas = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>Either the settings or the reason they could not be read.</summary>
public sealed record SettingsReadResult(ActivitySettings? Settings, string? Error);
