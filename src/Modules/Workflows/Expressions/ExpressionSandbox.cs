using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Leasing.Workflows.Expressions;

/// <summary>
/// Runs the JavaScript that process owners write in definitions (conditions, switch cases, correlation keys,
/// variable values) in a Jint engine that can reach nothing but the values handed to it: no CLR types, strict
/// mode, UTC and the invariant culture (so results do not depend on the server), and time, memory, recursion
/// and statement limits.
/// <para>
/// An expression is a script whose completion value is the result: <c>input.amount &gt; 10000</c>, or several
/// statements (<c>const d = input.days; d &gt; 3</c>). An object literal needs parentheses: <c>({ a: 1 })</c>.
/// It sees two globals: <c>variables</c> (the instance's variables) and <c>input</c> (the event or
/// task result being handled); changing them changes only this evaluation's copy.
/// </para>
/// Thread-safe: every evaluation gets its own engine; parsed scripts are shared (Jint's prepared scripts are).
/// </summary>
public sealed class ExpressionSandbox
{
    public const string VariablesName = "variables";
    public const string InputName = "input";

    /// <summary>Beyond this many distinct expressions the parse cache starts over (definitions hold a few hundred).</summary>
    private const int ParseCacheSize = 2048;

    private readonly ConcurrentDictionary<string, Prepared<Script>> _parsed = new(StringComparer.Ordinal);

    public ExpressionSandbox(SandboxLimits? limits = null) => Limits = limits ?? SandboxLimits.Default;

    /// <summary>A sandbox with the default limits, for callers that do not configure their own.</summary>
    public static ExpressionSandbox Default { get; } = new();

    public SandboxLimits Limits { get; }

    /// <summary>Parses without running: null when the expression is valid JavaScript, else why not.</summary>
    public ExpressionFailure? Check(string? expression) => Parse(expression).Failure;

    /// <summary>A condition (Decision, Switch case): the expression must produce a boolean, not a truthy value.</summary>
    public ExpressionResult<bool> EvaluateCondition(string? expression, IReadOnlyDictionary<string, JsonNode?>? variables = null, JsonNode? input = null) =>
        Run(expression, variables, input, (_, value) => value.IsBoolean()
            ? ExpressionResult<bool>.Ok(value.AsBoolean())
            : ExpressionResult<bool>.Fail(ExpressionFailureKind.WrongType, $"a condition must give true or false, not {Describe(value)}."));

    /// <summary>A name or a key (a case name, a correlation key): the expression must produce a string.</summary>
    public ExpressionResult<string> EvaluateString(string? expression, IReadOnlyDictionary<string, JsonNode?>? variables = null, JsonNode? input = null) =>
        Run(expression, variables, input, (_, value) => value.IsString()
            ? ExpressionResult<string>.Ok(value.AsString())
            : ExpressionResult<string>.Fail(ExpressionFailureKind.WrongType, $"the expression must give a string, not {Describe(value)}."));

    /// <summary>Any JSON value (SetVariable, command inputs); <c>undefined</c> becomes null.</summary>
    public ExpressionResult<JsonNode?> EvaluateJson(string? expression, IReadOnlyDictionary<string, JsonNode?>? variables = null, JsonNode? input = null) =>
        Run(expression, variables, input, JsonValues.ToJson);

    private ExpressionResult<T> Run<T>(string? expression, IReadOnlyDictionary<string, JsonNode?>? variables, JsonNode? input,
        Func<Engine, JsValue, ExpressionResult<T>> convert)
    {
        var parsed = Parse(expression);
        if (!parsed.Succeeded) return ExpressionResult<T>.Fail(parsed.Failure);

        try
        {
            var engine = CreateEngine();
            engine.SetValue(VariablesName, JsonValues.ToJs(engine, VariablesObject(variables)));
            engine.SetValue(InputName, JsonValues.ToJs(engine, input));
            var completion = engine.Evaluate(parsed.Value!);
            return convert(engine, completion);
        }
        catch (Exception e) when (Classify(e) is { } failure)
        {
            return ExpressionResult<T>.Fail(failure);
        }
    }

    private ExpressionResult<Prepared<Script>> Parse(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
            return ExpressionResult<Prepared<Script>>.Fail(ExpressionFailureKind.Syntax, "the expression is empty.");
        if (_parsed.TryGetValue(expression, out var cached)) return ExpressionResult<Prepared<Script>>.Ok(cached);

        try
        {
            var prepared = Engine.PrepareScript(expression, strict: true);
            if (_parsed.Count >= ParseCacheSize) _parsed.Clear();
            _parsed[expression] = prepared;
            return ExpressionResult<Prepared<Script>>.Ok(prepared);
        }
        catch (Exception e) when (Classify(e) is { } failure)
        {
            return ExpressionResult<Prepared<Script>>.Fail(failure with { Kind = ExpressionFailureKind.Syntax });
        }
    }

    private Engine CreateEngine() => new(options =>
    {
        options.Strict = true;
        options.Culture = CultureInfo.InvariantCulture;
        options.TimeZone = TimeZoneInfo.Utc;
        options.Interop.Enabled = false; // the default, said out loud: scripts must never reach .NET types
        options.TimeoutInterval(Limits.Timeout);
        options.LimitMemory(Limits.MemoryBytes);
        options.LimitRecursion(Limits.RecursionDepth);
        if (Limits.MaxStatements > 0) options.MaxStatements(Limits.MaxStatements);
    });

    private static JsonObject VariablesObject(IReadOnlyDictionary<string, JsonNode?>? variables)
    {
        var result = new JsonObject();
        foreach (var (name, value) in variables ?? new Dictionary<string, JsonNode?>())
            result[name] = value?.DeepClone(); // a node has one parent: never steal the caller's
        return result;
    }

    private ExpressionFailure? Classify(Exception exception) => exception switch
    {
        Acornima.ParseErrorException e => new(ExpressionFailureKind.Syntax, e.Message),
        TimeoutException => new(ExpressionFailureKind.Timeout, $"stopped after {Limits.Timeout.TotalMilliseconds:0} ms."),
        MemoryLimitExceededException => new(ExpressionFailureKind.Memory, $"allocated more than {Limits.MemoryBytes / 1024} KB."),
        RecursionDepthOverflowException => new(ExpressionFailureKind.Recursion, $"calls nested deeper than {Limits.RecursionDepth}."),
        StatementsCountOverflowException => new(ExpressionFailureKind.StatementLimit, $"ran more than {Limits.MaxStatements} statements."),
        JavaScriptException e => new(ExpressionFailureKind.Runtime, e.Message),
        JintException e => new(ExpressionFailureKind.Runtime, e.Message),
        JsonException e => new(ExpressionFailureKind.Runtime, "the value is not JSON: " + e.Message),
        _ => null, // a bug of ours, not the script's: let it surface
    };

    private static string Describe(JsValue value) => value.IsUndefined() ? "undefined" : value.IsNull() ? "null" : value.Type.ToString().ToLowerInvariant();
}
