using Leasing.Integration.Tests.Workflows;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Wolverine.Tracking;

namespace Leasing.Integration.Tests.Claims;

/// <summary>SLAs moved by the test clock: the durable timers are fired at their instants, as Wolverine would fire them.</summary>
public sealed class SlaEscalationTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly ClaimsApi _api = new(app);

    [Fact]
    public async Task An_immobilised_vehicle_not_triaged_within_15_minutes_is_escalated_to_the_senior_claims_handler()
    {
        await _api.Workflows.ImportShippedAsync();
        await _api.DeliverAsync();
        var claimId = (await _api.DeclareAsync()).GetProperty("claimId").GetGuid();
        var scheduled = _api.LastTracked!.Scheduled.Envelopes().Single(e => e.Message is TaskEscalationDue);
        Assert.Equal(Testing.TestClock.Start.AddMinutes(15), scheduled.ScheduledTime);
        Assert.Empty(await _api.TasksAsync("seniorclaims", claimId));

        App.Clock.Advance(TimeSpan.FromMinutes(16));
        await Host.InvokeMessageAndWaitAsync((TaskEscalationDue)scheduled.Message!);

        var item = Assert.Single(await _api.TasksAsync("seniorclaims", claimId));
        Assert.True(item.GetProperty("task").GetProperty("escalated").GetBoolean());
        Assert.True(item.GetProperty("overdue").GetBoolean());
        Assert.Equal("1. Tri du sinistre : véhicule immobilisé", item.GetProperty("task").GetProperty("title").GetString());

        // The senior handler may act on it now: triaged from their inbox.
        await _api.CompleteTaskAsync("seniorclaims", WorkflowApi.TaskId(item), "Expertise");
        Assert.Equal("Expertise", (await _api.ClaimAsync(claimId)).GetProperty("claim").GetProperty("triage").GetProperty("route").GetString());
        await using var session = App.Store.QuerySession();
        Assert.Equal("seniorclaims", (await session.Events.FetchStreamAsync(claimId)).Single(e => e.Data is Leasing.Claims.Domain.ClaimTriageRecorded).UserName);
    }

    [Fact]
    public async Task An_expert_not_appointed_within_two_working_days_opens_an_escalation_task_for_the_senior_handler_and_counts_as_a_breach()
    {
        await _api.Workflows.ImportShippedAsync();
        await _api.DeliverAsync();
        var declared = await _api.DeclareAsync(ClaimsApi.Statement(drivable: true));
        var claimId = declared.GetProperty("claimId").GetGuid();
        // Declared Monday 23 November 2026 at 10:00 Paris: due Wednesday 25 at 10:00 (09:00 UTC).
        var dueBy = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(dueBy, declared.GetProperty("expertAppointmentDueBy").GetDateTimeOffset());

        await _api.CompleteTaskAsync("claims", WorkflowApi.TaskId(Assert.Single(await _api.TasksAsync("claims", claimId))), "Expertise");
        var timer = _api.LastTracked!.Scheduled.MessagesOf<WorkflowTimerDue>().ToList();
        await using (var session = App.Store.QuerySession())
        {
            var instance = await session.LoadAsync<WorkflowInstance>(timer[0].InstanceId);
            var sla = instance!.Bookmarks.Single(b => b.ActivityId == "expert-sla");
            Assert.Equal(dueBy, sla.DueAt);
            Assert.Contains(timer, t => t.TimerId == sla.Id);
        }
        var slaTimerId = await SlaTimerIdAsync(claimId);
        var slaTimer = timer.Single(t => t.TimerId == slaTimerId);

        App.Clock.Set(dueBy.AddMinutes(1));
        await Host.TrackActivity().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(context => context.InvokeAsync(slaTimer)));

        var escalated = await _api.TaskAsync("seniorclaims", claimId, "3. Délai dépassé : expert non missionné sous 2 jours ouvrés");
        Assert.Contains(await _api.StepsAsync(claimId), s => s.StartsWith("3. Délai dépassé : expert non missionné — en attente de la tâche"));
        var dashboard = await _api.Workflows.SendAsync("claims", HttpMethod.Get, "/api/claims/dashboard?from=2026-11-01&to=2026-11-30", null, 200);
        var breach = Assert.Single(dashboard.GetProperty("slaBreaches").EnumerateArray());
        Assert.Equal("ExpertAppointment", breach.GetProperty("kind").GetString());

        // The expert appointed late: the escalation task closes with the step; the claim says it was late.
        await _api.RecordAsync(claimId, "expert", new { firm = "BCA Expertise" });
        Assert.DoesNotContain(await _api.TasksAsync("seniorclaims", claimId, "team"), t => WorkflowApi.TaskId(t) == escalated);
        Assert.False((await _api.ClaimAsync(claimId)).GetProperty("claim").GetProperty("expert").GetProperty("withinSla").GetBoolean());
    }

    private async Task<Guid> SlaTimerIdAsync(Guid claimId)
    {
        await using var session = App.Store.QuerySession();
        var instance = await session.Query<WorkflowInstance>().SingleAsync(i => i.CorrelationKey == claimId.ToString());
        return instance.Bookmarks.Single(b => b.ActivityId == "expert-sla").Id;
    }
}
