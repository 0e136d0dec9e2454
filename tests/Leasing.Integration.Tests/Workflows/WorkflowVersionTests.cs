using System.Text.Json;

namespace Leasing.Integration.Tests.Workflows;

public sealed class WorkflowVersionTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly WorkflowApi _api = new(app);

    [Fact]
    public async Task Publishing_refuses_a_bad_definition_naming_the_activity_and_stores_nothing_published()
    {
        var bad = new
        {
            definitionId = "bad", name = "Bad",
            root = new
            {
                activities = new object[]
                {
                    new { id = "start", type = "Start" },
                    new { id = "orphan", type = "Notify", inputs = new { role = "BackOffice", message = "never reached" } },
                    new { id = "check", type = "Decision", inputs = new { condition = "variables.amount >" } },
                    new { id = "end", type = "End" },
                },
                connections = new[] { Definitions.Arrow("start", "check"), Definitions.Arrow("check", "end", "True"), Definitions.Arrow("check", "end", "False") },
            },
        };
        var saved = await _api.SendAsync("processowner", HttpMethod.Post, "/api/workflows/definitions", JsonSerializer.Serialize(bad), 200);
        Assert.NotEmpty(saved.GetProperty("errors").EnumerateArray());

        var problem = await _api.SendAsync("processowner", HttpMethod.Post, "/api/workflows/definitions/bad/publish",
            new { expectedVersion = await _api.StreamVersionAsync("bad") }, 400);

        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(fields, f => f.StartsWith("activities.orphan.", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.StartsWith("activities.check.", StringComparison.Ordinal));
        var detail = await _api.SendAsync("processowner", HttpMethod.Get, "/api/workflows/definitions/bad", null, 200);
        Assert.Equal("Draft", detail.GetProperty("versions")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_stale_draft_save_is_a_409_not_a_lost_update()
    {
        await _api.PublishAsync(Definitions.Review("review"));
        var version = await _api.StreamVersionAsync("review");
        var json = JsonSerializer.Serialize(Definitions.Review("review", dueIn: "2h"), new JsonSerializerOptions(JsonSerializerDefaults.Web));

        await _api.SendAsync("processowner", HttpMethod.Post, $"/api/workflows/definitions?expectedVersion={version}", json, 200);
        await _api.SendAsync("processowner", HttpMethod.Post, $"/api/workflows/definitions?expectedVersion={version}", json, 409);
    }

    [Fact]
    public async Task Running_instances_stay_on_their_version_while_new_ones_start_on_the_published_one()
    {
        Assert.Equal(1, await _api.PublishAsync(Definitions.Review("review", dueIn: "4h")));
        var old = (await _api.StartAsync("review", "OLD")).GetProperty("instanceId").GetGuid();

        Assert.Equal(2, await _api.PublishAsync(Definitions.Review("review", dueIn: "1h")));
        var fresh = (await _api.StartAsync("review", "NEW")).GetProperty("instanceId").GetGuid();

        Assert.Equal(1, (await _api.InstanceAsync(old)).GetProperty("instance").GetProperty("definitionVersion").GetInt32());
        Assert.Equal(2, (await _api.InstanceAsync(fresh)).GetProperty("instance").GetProperty("definitionVersion").GetInt32());
        var tasks = await _api.TasksAsync("backoffice");
        DateTimeOffset DueOf(string key) => tasks.Single(t => t.GetProperty("task").GetProperty("correlationKey").GetString() == key)
            .GetProperty("task").GetProperty("dueAt").GetDateTimeOffset();
        Assert.Equal(Testing.TestClock.Start.AddHours(4), DueOf("OLD"));
        Assert.Equal(Testing.TestClock.Start.AddHours(1), DueOf("NEW"));

        var detail = await _api.SendAsync("processowner", HttpMethod.Get, "/api/workflows/definitions/review", null, 200);
        Assert.Equal(["Published", "Retired"], detail.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("status").GetString()));
        var diff = await _api.SendAsync("processowner", HttpMethod.Get, "/api/workflows/definitions/review/diff?from=1&to=2", null, 200);
        Assert.Contains("review", diff.GetRawText());

        var completed = await _api.CompleteAsync("backoffice", WorkflowApi.TaskId(tasks.Single(t => t.GetProperty("task").GetProperty("correlationKey").GetString() == "OLD")),
            "Approve", new { decision = "ok" });
        Assert.Equal("Completed", completed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_dry_run_says_which_instances_can_move_and_the_migration_moves_only_those()
    {
        await _api.PublishAsync(Definitions.Review("review"));
        var instance = (await _api.StartAsync("review", "MIG")).GetProperty("instanceId").GetGuid();
        await _api.PublishAsync(Definitions.Review("review", reviewId: "check-file")); // v2: the task the instance waits at is gone
        await _api.PublishAsync(Definitions.Review("review", dueIn: "1d")); // v3: it is back

        var toTwo = await _api.SendAsync("processowner", HttpMethod.Post, "/api/workflows/migrations",
            new { definitionId = "review", toVersion = 2, instanceIds = new[] { instance }, dryRun = true }, 200);
        Assert.False(toTwo.GetProperty("checks")[0].GetProperty("canMigrate").GetBoolean());
        Assert.Contains("'review' does not exist in version 2", toTwo.GetProperty("checks")[0].GetProperty("notes")[0].GetString());

        var dryRun = await _api.SendAsync("processowner", HttpMethod.Post, "/api/workflows/migrations",
            new { definitionId = "review", toVersion = 3, instanceIds = new[] { instance }, dryRun = true }, 200);
        Assert.True(dryRun.GetProperty("checks")[0].GetProperty("canMigrate").GetBoolean());
        Assert.Equal(1, (await _api.InstanceAsync(instance)).GetProperty("instance").GetProperty("definitionVersion").GetInt32());

        var run = await _api.SendAsync("processowner", HttpMethod.Post, "/api/workflows/migrations",
            new { definitionId = "review", toVersion = 3, instanceIds = new[] { instance }, dryRun = false }, 200);
        Assert.Equal(1, run.GetProperty("migrated").GetInt32());
        Assert.Equal(3, (await _api.InstanceAsync(instance)).GetProperty("instance").GetProperty("definitionVersion").GetInt32());

        var task = WorkflowApi.TaskId(Assert.Single(await _api.TasksAsync("backoffice")));
        Assert.Equal("Completed", (await _api.CompleteAsync("backoffice", task, "Reject", new { decision = "ko" })).GetProperty("status").GetString());
    }
}

/// <summary>Each kind of bad definition is refused at publication with a 400 whose field names the activity at fault.</summary>
public sealed class DefinitionValidationTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly WorkflowApi _api = new(app);

    private static object Chart(object[] activities, object[] connections) => new
    {
        definitionId = "bad", name = "Bad", root = new { activities, connections },
    };

    private static object Start => new { id = "start", type = "Start" };
    private static object End => new { id = "end", type = "End" };

    public static TheoryData<string, string> BadDefinitions() => new()
    {
        { "unreachable", "lonely" },
        { "unconnected-outcome", "check" },
        { "unknown-type", "mystery" },
        { "unknown-command", "send" },
        { "expression-does-not-parse", "check" },
        { "join-without-fork", "join" },
    };

    private static object Build(string kind) => kind switch
    {
        "unreachable" => Chart([Start, End, new { id = "lonely", type = "Notify", inputs = new { role = "BackOffice", message = "never" } }],
            [Definitions.Arrow("start", "end")]),
        "unconnected-outcome" => Chart([Start, End, new { id = "check", type = "Decision", inputs = new { condition = "true" } }],
            [Definitions.Arrow("start", "check"), Definitions.Arrow("check", "end", "True")]),
        "unknown-type" => Chart([Start, End, new { id = "mystery", type = "Teleport" }],
            [Definitions.Arrow("start", "mystery"), Definitions.Arrow("mystery", "end")]),
        "unknown-command" => Chart([Start, End, new { id = "send", type = "SendCommand", inputs = new { command = "LaunchRocket" } }],
            [Definitions.Arrow("start", "send"), Definitions.Arrow("send", "end")]),
        "expression-does-not-parse" => Chart([Start, End, new { id = "check", type = "Decision", inputs = new { condition = "variables.amount >" } }],
            [Definitions.Arrow("start", "check"), Definitions.Arrow("check", "end", "True"), Definitions.Arrow("check", "end", "False")]),
        _ => Chart([Start, End, new { id = "join", type = "Join", inputs = new { mode = "all" } }],
            [Definitions.Arrow("start", "join"), Definitions.Arrow("join", "end")]),
    };

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public async Task A_bad_definition_is_refused_with_a_400_naming_the_activity(string kind, string activity)
    {
        await _api.SendAsync("processowner", HttpMethod.Post, "/api/workflows/definitions", JsonSerializer.Serialize(Build(kind), new JsonSerializerOptions(JsonSerializerDefaults.Web)), 200);

        var problem = await _api.SendAsync("processowner", HttpMethod.Post, "/api/workflows/definitions/bad/publish",
            new { expectedVersion = await _api.StreamVersionAsync("bad") }, 400);

        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith($"activities.{activity}.", StringComparison.Ordinal));
        var detail = await _api.SendAsync("processowner", HttpMethod.Get, "/api/workflows/definitions/bad", null, 200);
        Assert.Equal("Draft", detail.GetProperty("versions")[0].GetProperty("status").GetString());
    }
}
