using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Leasing.Workflows.Commands;

/// <summary>Reading a SendCommand's evaluated inputs into a module message's fields, naming the input at fault.</summary>
public static class CommandInputs
{
    public static Guid Id(this JsonObject inputs, string name) =>
        Guid.TryParse(Text(inputs, name, required: true), out var id) ? id : throw new CommandInputException(name, "not an id (a GUID).");

    public static DateTimeOffset Instant(this JsonObject inputs, string name) =>
        DateTimeOffset.TryParse(Text(inputs, name, required: true), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime()
            : throw new CommandInputException(name, "not an ISO 8601 date and time.");

    public static string? OptionalText(this JsonObject inputs, string name) => Text(inputs, name, required: false);

    private static string? Text(JsonObject inputs, string name, bool required)
    {
        var node = inputs[name];
        if (node is null)
            return required ? throw new CommandInputException(name, "missing (map it to an expression).") : null;
        return node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
    }
}
