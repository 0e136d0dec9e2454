using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Json;

namespace Leasing.Workflows.Expressions;

/// <summary>
/// Moves values between .NET JSON and the engine as JSON text, through the engine's own JSON parser and
/// <c>JSON.stringify</c>: the script gets plain JavaScript objects, never wrappers around .NET objects.
/// </summary>
internal static class JsonValues
{
    private const string ResultName = "__workflowResult";

    // Serialising can run the script's own code (getters, toJSON), so it runs as a script of the same
    // constrained engine, never as host code where no limit is armed.
    private static readonly Prepared<Script> Stringify = Engine.PrepareScript($"JSON.stringify({ResultName})", strict: true);

    public static JsValue ToJs(Engine engine, JsonNode? value) =>
        value is null ? JsValue.Null : new JsonParser(engine).Parse(value.ToJsonString());

    /// <summary>The JSON value of a result; functions and <c>undefined</c> have none and become null.</summary>
    public static ExpressionResult<JsonNode?> ToJson(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull()) return ExpressionResult<JsonNode?>.Ok(null);
        engine.SetValue(ResultName, value);
        var text = engine.Evaluate(Stringify);
        return ExpressionResult<JsonNode?>.Ok(text.IsString() ? JsonNode.Parse(text.AsString()) : null);
    }
}
