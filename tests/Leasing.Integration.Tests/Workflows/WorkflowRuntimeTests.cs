using System.Text.Json;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Wolverine.Tracking;
using OffersEvents = Leasing.Offers.IntegrationEvents;
using ProspectingEvents = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Integration.Tests.Workflows;

public sealed class WorkflowRuntimeTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly WorkflowApi _api = new(app);

    private static ProspectingEvents.LeadCaptured Captured(Guid leadId) =>
        new(leadId, "la-centrale", Guid.CreateVersion7(), "RoundRobin", "Used", "LOA", Testing.TestClock.Start);

    [Fact]
    public async Task An_awaited_event_resumes_by_correlation_and_a_durable_timer_fires_once_at_the_test_clock()
    {
        await _api.PublishAsync(Definitions.Waiting("waiting"));
        var leadId = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();
        var started = await _api.StartAsync("waiting", leadId.ToString());
        var instanceId = started.GetProperty("instanceId").GetGuid();
        await _api.StartAsync("waiting", other.ToString());

        var tracked = await Host.InvokeMessageAndWaitAsync(new OffersEvents.QuoteSent(Guid.CreateVersion7(), "DEV-2026-000001", leadId,
            new DateOnly(2026, 12, 23), Testing.TestClock.Start));

        var timer = tracked.Scheduled.SingleMessage<WorkflowTimerDue>();
        Assert.Equal(instanceId, timer.InstanceId);
        await using (var session = App.Store.QuerySession())
        {
            var waiting = await session.Query<WorkflowInstance>().Where(i => i.CorrelationKey == other.ToString()).SingleAsync();
            Assert.Equal(["wait"], waiting.CurrentActivityIds); // the other lead's instance did not move
        }

        App.Clock.Advance(TimeSpan.FromDays(2));
        await Host.InvokeMessageAndWaitAsync(timer);
        await Host.InvokeMessageAndWaitAsync(timer); // a redelivered timer finds no wait

        var detail = await _api.InstanceAsync(instanceId);
        Assert.Equal("Completed", detail.GetProperty("status").GetString());
        Assert.Single(detail.GetProperty("journal").EnumerateArray(), e => e.GetProperty("type").GetString() == "timer_fired");
    }

    [Fact]
    public async Task A_task_form_is_validated_field_by_field_and_nothing_is_stored_when_it_is_wrong()
    {
        await _api.PublishAsync(Definitions.Review("review"));
        await _api.StartAsync("review", "K-1");
        var task = WorkflowApi.TaskId(Assert.Single(await _api.TasksAsync("backoffice")));
        var before = await EventCountAsync();

        var problem = await _api.CompleteAsync("backoffice", task, "Maybe", new { decision = "perhaps", amount = "lots", extra = 1 }, 400);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("outcome", out _));
        Assert.True(errors.TryGetProperty("fields.decision", out _));
        Assert.True(errors.TryGetProperty("fields.amount", out _));
        Assert.True(errors.TryGetProperty("fields.extra", out _));
        Assert.Equal(before, await EventCountAsync());

        var missing = await _api.CompleteAsync("backoffice", task, "Approve", new { }, 400);
        Assert.True(missing.GetProperty("errors").TryGetProperty("fields.decision", out _));
    }

    [Fact]
    public async Task A_claimed_task_is_its_holders_and_a_role_that_does_not_hold_it_is_refused()
    {
        await _api.PublishAsync(Definitions.Review("review"));
        await _api.StartAsync("review", "K-2");
        var task = WorkflowApi.TaskId(Assert.Single(await _api.TasksAsync("backoffice")));

        await _api.CompleteAsync("claims", task, "Approve", new { decision = "ok" }, 403);
        await _api.SendAsync("backoffice", HttpMethod.Post, $"/api/workflows/tasks/{task}/claim", null, 200);
        Assert.Single(await _api.TasksAsync("backoffice", "mine"));
        Assert.Empty(await _api.TasksAsync("backoffice", "available"));

        await _api.SendAsync("salesmanager", HttpMethod.Post, $"/api/workflows/tasks/{task}/reassign", new { toUser = "salesmanager" }, 200);
        await _api.CompleteAsync("backoffice", task, "Approve", new { decision = "ok" }, 403);
        await _api.CompleteAsync("salesmanager", task, "Reject", new { decision = "ko" });
        await _api.CompleteAsync("salesmanager", task, "Reject", new { decision = "ko" }, 409);
    }

    [Fact]
    public async Task Two_people_completing_the_same_task_at_once_advance_the_instance_once()
    {
        await _api.PublishAsync(Definitions.Review("review"));
        var instanceId = (await _api.StartAsync("review", "K-3")).GetProperty("instanceId").GetGuid();
        var task = WorkflowApi.TaskId(Assert.Single(await _api.TasksAsync("backoffice")));
        await _api.TokenAsync("backoffice");
        await _api.TokenAsync("salesmanager");

        var statuses = await Task.WhenAll(
            CompleteStatusAsync("backoffice", task, "Approve"),
            CompleteStatusAsync("salesmanager", task, "Reject"));

        Assert.Equal([200, 409], statuses.Order().ToArray());
        var journal = (await _api.InstanceAsync(instanceId)).GetProperty("journal").EnumerateArray().ToList();
        Assert.Single(journal, e => e.GetProperty("type").GetString() == "task_completed");
        Assert.Single(journal, e => e.GetProperty("type").GetString() == "workflow_completed");
    }

    private async Task<int> CompleteStatusAsync(string user, Guid task, string outcome)
    {
        var token = await _api.TokenAsync(user);
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { outcome, fields = new { decision = "ok" } }).ToUrl($"/api/workflows/tasks/{task}/complete");
            s.WithBearerToken(token);
            s.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }

    [Fact]
    public async Task An_overdue_task_is_escalated_to_its_escalation_role()
    {
        await _api.PublishAsync(Definitions.Review("review", dueIn: "30m"));
        var tracked = await Host.ExecuteAndWaitAsync(async () => await _api.StartAsync("review", "K-4"));
        var due = tracked.Scheduled.SingleMessage<TaskEscalationDue>();
        Assert.Empty(await _api.TasksAsync("salesmanager", "team"));

        App.Clock.Advance(TimeSpan.FromMinutes(31));
        await Host.InvokeMessageAndWaitAsync(due);

        var escalated = Assert.Single(await _api.TasksAsync("salesmanager", "team"));
        Assert.True(escalated.GetProperty("task").GetProperty("escalated").GetBoolean());
        Assert.True(escalated.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task An_infinite_loop_becomes_an_incident_that_a_process_owner_skips_through_a_chosen_outcome()
    {
        await _api.PublishAsync(Definitions.Looping("looping"));
        var instanceId = (await _api.StartAsync("looping", "K-5")).GetProperty("instanceId").GetGuid();

        var faulted = await _api.InstanceAsync(instanceId);
        Assert.Equal("Faulted", faulted.GetProperty("status").GetString());
        var incident = faulted.GetProperty("instance").GetProperty("incidents")[0];
        // Whichever sandbox limit stops the loop first (statements, or time on a slow machine), it is named.
        Assert.Matches("^(StatementLimit|Timeout): ", incident.GetProperty("reason").GetString());
        var incidentId = incident.GetProperty("id").GetGuid();

        await _api.SendAsync("processowner", HttpMethod.Post, $"/api/workflows/instances/{instanceId}/incidents/{incidentId}/skip", new { outcome = "Perhaps" }, 400);
        await _api.SendAsync("processowner", HttpMethod.Post, $"/api/workflows/instances/{instanceId}/incidents/{incidentId}/skip", new { outcome = "False" }, 200);

        var done = await _api.InstanceAsync(instanceId);
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.Contains("no", done.GetProperty("instance").GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_retried_incident_runs_the_activity_again()
    {
        await _api.PublishAsync(Definitions.Looping("looping"));
        var instanceId = (await _api.StartAsync("looping", "K-6")).GetProperty("instanceId").GetGuid();
        var first = (await _api.InstanceAsync(instanceId)).GetProperty("instance").GetProperty("incidents")[0].GetProperty("id").GetGuid();

        await _api.SendAsync("processowner", HttpMethod.Post, $"/api/workflows/instances/{instanceId}/incidents/{first}/retry", null, 200);

        var detail = await _api.InstanceAsync(instanceId);
        var second = detail.GetProperty("instance").GetProperty("incidents")[0].GetProperty("id").GetGuid();
        Assert.NotEqual(first, second); // it ran again, and failed again: the loop is still in the definition
        Assert.Equal(2, detail.GetProperty("journal").EnumerateArray().Count(e => e.GetProperty("type").GetString() == "activity_entered"
            && e.GetProperty("data").GetProperty("activityId").GetString() == "check"));
    }

    [Fact]
    public async Task A_cancelled_instance_cancels_its_tasks()
    {
        await _api.PublishAsync(Definitions.Review("review"));
        var instanceId = (await _api.StartAsync("review", "K-7")).GetProperty("instanceId").GetGuid();

        await _api.SendAsync("processowner", HttpMethod.Post, $"/api/workflows/instances/{instanceId}/cancel", new { reason = "Duplicate case" }, 200);

        Assert.Empty(await _api.TasksAsync("backoffice"));
        Assert.Equal("Cancelled", (await _api.InstanceAsync(instanceId)).GetProperty("status").GetString());
        await _api.SendAsync("processowner", HttpMethod.Post, $"/api/workflows/instances/{instanceId}/cancel", new { reason = "" }, 400);
    }

    [Fact]
    public async Task Where_is_my_case_names_the_current_step_in_plain_words()
    {
        await _api.PublishAsync(Definitions.Review("review"));
        await _api.StartAsync("review", "CLAIM-42");

        var cases = await _api.SendAsync("backoffice", HttpMethod.Get, "/api/workflows/cases/CLAIM-42", null, 200);

        var step = cases[0].GetProperty("steps")[0];
        Assert.Equal("En attente de la tâche « Review the file » (rôle BackOffice).", step.GetProperty("french").GetString());
        Assert.Equal("Waiting for the task \"Review the file\" (role BackOffice).", step.GetProperty("english").GetString());
    }
}
