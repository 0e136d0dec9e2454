using System.Diagnostics;
using System.Text.Json.Nodes;
using Leasing.Workflows.Expressions;
using Xunit;

namespace Leasing.Workflows.Tests.Expressions;

public class ExpressionSandboxTests
{
    private static readonly ExpressionSandbox Sandbox = new();

    private static readonly Dictionary<string, JsonNode?> Variables = new()
    {
        ["amount"] = 24_800,
        ["customerType"] = "Business",
        ["vip"] = true,
        ["tags"] = new JsonArray("fleet", "ev"),
        ["vehicle"] = new JsonObject { ["make"] = "Renault", ["co2"] = 0 },
        ["note"] = null,
    };

    [Theory]
    [InlineData("variables.amount > 20000", true)]
    [InlineData("variables.amount > 30000", false)]
    [InlineData("variables.vip && variables.tags.includes('ev')", true)]
    [InlineData("variables.vehicle.make === 'Renault' && variables.vehicle.co2 === 0", true)]
    [InlineData("variables.note === null", true)]
    [InlineData("input.days > 3", true)]
    [InlineData("const d = input.days; d * 2 === 10", true)]
    public void A_condition_reads_variables_and_input(string expression, bool expected)
    {
        var result = Sandbox.EvaluateCondition(expression, Variables, new JsonObject { ["days"] = 5 });

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void A_condition_that_is_not_a_boolean_is_a_wrong_type_failure()
    {
        var result = Sandbox.EvaluateCondition("variables.amount", Variables);

        Assert.False(result.Succeeded);
        Assert.Equal(ExpressionFailureKind.WrongType, result.Failure.Kind);
        Assert.Contains("number", result.Failure.Reason);
    }

    [Fact]
    public void A_string_expression_gives_a_case_name_or_a_key()
    {
        Assert.Equal("Business-fleet", Sandbox.EvaluateString("variables.customerType + '-' + variables.tags[0]", Variables).Value);
        Assert.Equal("4f1c", Sandbox.EvaluateString("input.leadId", input: new JsonObject { ["leadId"] = "4f1c" }).Value);
        Assert.Equal(ExpressionFailureKind.WrongType, Sandbox.EvaluateString("42", Variables).Failure!.Kind);
    }

    [Fact]
    public void A_json_expression_gives_any_json_value()
    {
        var result = Sandbox.EvaluateJson("({ total: variables.amount * 2, tags: variables.tags.concat(['vip']), ok: true, none: null })", Variables);

        Assert.True(result.Succeeded, result.ToString());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"total":49600,"tags":["fleet","ev","vip"],"ok":true,"none":null}"""), result.Value));
        Assert.Equal("Renault", Sandbox.EvaluateJson("variables.vehicle.make", Variables).Value!.GetValue<string>());
        Assert.Null(Sandbox.EvaluateJson("undefined", Variables).Value);
    }

    [Fact]
    public void Changing_variables_in_a_script_does_not_change_the_callers_values()
    {
        var result = Sandbox.EvaluateJson("variables.vehicle.make = 'Peugeot'; variables.vehicle.make", Variables);

        Assert.Equal("Peugeot", result.Value!.GetValue<string>());
        Assert.Equal("Renault", Variables["vehicle"]!["make"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("variables.amount >")]
    [InlineData("if (")]
    [InlineData("   ")]
    public void A_syntax_error_is_reported_by_check_and_by_evaluation(string expression)
    {
        Assert.Equal(ExpressionFailureKind.Syntax, Sandbox.Check(expression)!.Kind);
        Assert.Equal(ExpressionFailureKind.Syntax, Sandbox.EvaluateCondition(expression).Failure!.Kind);
    }

    [Fact]
    public void Check_accepts_valid_javascript()
    {
        Assert.Null(Sandbox.Check("input.leadId"));
        Assert.Null(Sandbox.Check("variables.a > 1 && variables.b !== 'x'"));
    }

    [Fact]
    public void Strict_mode_refuses_what_sloppy_javascript_would_allow()
    {
        Assert.Equal(ExpressionFailureKind.Syntax, Sandbox.Check("with (variables) { amount }")!.Kind);
        Assert.Equal(ExpressionFailureKind.Runtime, Sandbox.EvaluateJson("undeclared = 1").Failure!.Kind);
    }

    [Fact]
    public void A_runtime_error_is_a_failure_with_the_reason()
    {
        var result = Sandbox.EvaluateCondition("variables.missing.deep === 1", Variables);

        Assert.Equal(ExpressionFailureKind.Runtime, result.Failure!.Kind);
        Assert.NotEmpty(result.Failure.Reason);
        Assert.Contains("nope", Sandbox.EvaluateJson("throw new Error('nope')").Failure!.Reason);
    }

    [Fact]
    public void An_infinite_loop_is_stopped_within_a_second()
    {
        var watch = Stopwatch.StartNew();
        var result = Sandbox.EvaluateCondition("while (true) {}");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failure.Kind, new[] { ExpressionFailureKind.Timeout, ExpressionFailureKind.StatementLimit });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void The_timeout_stops_a_loop_when_no_statement_limit_applies()
    {
        var sandbox = new ExpressionSandbox(SandboxLimits.Default with { MaxStatements = 0, Timeout = TimeSpan.FromMilliseconds(200) });
        var watch = Stopwatch.StartNew();
        var result = sandbox.EvaluateCondition("while (true) {}");

        Assert.Equal(ExpressionFailureKind.Timeout, result.Failure!.Kind);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void The_statement_limit_stops_a_long_loop()
    {
        var sandbox = new ExpressionSandbox(SandboxLimits.Default with { MaxStatements = 1_000, Timeout = TimeSpan.FromSeconds(5) });

        Assert.Equal(ExpressionFailureKind.StatementLimit, sandbox.EvaluateJson("let n = 0; for (let i = 0; i < 100000; i++) { n += i; } n").Failure!.Kind);
        Assert.True(sandbox.EvaluateJson("let n = 0; for (let i = 0; i < 10; i++) { n += i; } n").Succeeded);
    }

    [Fact]
    public void Deep_recursion_is_stopped()
    {
        var result = Sandbox.EvaluateJson("function down(n) { return 1 + down(n + 1); } down(0)");

        Assert.Equal(ExpressionFailureKind.Recursion, result.Failure!.Kind);
        Assert.Equal(55, Sandbox.EvaluateJson("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } fib(10)").Value!.GetValue<int>());
    }

    [Fact]
    public void A_huge_allocation_is_stopped()
    {
        // A long timeout and no statement limit: the memory limit is what must stop it, however loaded the machine is.
        var sandbox = new ExpressionSandbox(SandboxLimits.Default with { Timeout = TimeSpan.FromSeconds(60), MaxStatements = 0 });
        var result = sandbox.EvaluateJson("const a = []; for (let i = 0; i < 1000000; i++) { a.push({ i: i, s: 'x' + i }); } a.length");

        Assert.Equal(ExpressionFailureKind.Memory, result.Failure!.Kind);
    }

    [Theory]
    [InlineData("typeof System === 'undefined'")]
    [InlineData("typeof importNamespace === 'undefined'")]
    [InlineData("typeof clr === 'undefined'")]
    public void No_dotnet_types_are_reachable(string expression)
    {
        var result = Sandbox.EvaluateCondition(expression);
        Assert.True(result.Succeeded, result.ToString());
        Assert.True(result.Value);
    }

    [Fact]
    public void Reading_a_file_through_system_io_fails()
    {
        var result = Sandbox.EvaluateJson("System.IO.File.ReadAllText('/etc/passwd')");

        Assert.Equal(ExpressionFailureKind.Runtime, result.Failure!.Kind);
        Assert.Contains("System", result.Failure.Reason);
    }

    [Fact]
    public void A_getter_that_loops_while_the_result_is_serialised_is_stopped_too()
    {
        var watch = Stopwatch.StartNew();
        var result = Sandbox.EvaluateJson("({ get x() { while (true) {} } })");

        Assert.False(result.Succeeded);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Evaluations_in_parallel_do_not_interfere()
    {
        var results = Enumerable.Range(0, 200).AsParallel()
            .Select(i => (i, Sandbox.EvaluateJson("input.n * 2", input: new JsonObject { ["n"] = i }).Value!.GetValue<int>()))
            .ToList();

        Assert.All(results, r => Assert.Equal(r.i * 2, r.Item2));
    }

    [Fact]
    public void Dates_are_read_in_utc()
    {
        var result = Sandbox.EvaluateJson("new Date(Date.UTC(2025, 0, 31, 23, 30)).getHours()");

        Assert.Equal(23, result.Value!.GetValue<int>());
    }
}
