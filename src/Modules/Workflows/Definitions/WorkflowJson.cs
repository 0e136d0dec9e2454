using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Leasing.Workflows.Definitions;

/// <summary>
/// Reads and writes definitions as the designer and the <c>workflows/</c> folder hold them: camelCase, indented,
/// absent values left out (so a file round-trips without gaining <c>"position": null</c> everywhere).
/// </summary>
public static class WorkflowJson
{
    public static readonly JsonSerializerOptions Options = Create();

    /// <exception cref="JsonException">The text is not a definition's JSON.</exception>
    public static WorkflowDefinition Read(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Options) ?? throw new JsonException("The definition is null.");

    public static string Write(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }
}
