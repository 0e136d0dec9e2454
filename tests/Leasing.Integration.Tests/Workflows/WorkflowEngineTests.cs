using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Wolverine.Tracking;
using OffersEvents = Leasing.Offers.IntegrationEvents;
using ProspectingEvents = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Integration.Tests.Workflows;

/// <summary>The engine on real PostgreSQL: every activity type in one run, concurrent resumes, a restart while instances wait.</summary>
public sealed class WorkflowEngineTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private WorkflowApi _api = new(app);

    private async Task<WorkflowInstance> InstanceAsync(Guid id)
    {
        await using var session = App.Store.QuerySession();
        return (await session.LoadAsync<WorkflowInstance>(id))!;
    }

    [Fact]
    public async Task Every_activity_type_runs_switch_fork_task_notify_command_subworkflow_join_wait_delay_decision_and_end()
    {
        await _api.PublishAsync(EveryActivity.Child);
        await _api.PublishAsync(EveryActivity.Parent);
        var leadId = Guid.CreateVersion7();
        Guid instanceId = default;

        var started = await Host.ExecuteAndWaitAsync(async (Wolverine.IMessageContext _) =>
            instanceId = (await _api.StartAsync("every-activity", leadId.ToString(), new { amount = 25000, leadId = leadId.ToString() }))
                .GetProperty("instanceId").GetGuid());

        // SendCommand: the module's message left through the outbox, mapped from the instance's variables.
        var followUp = started.Sent.SingleMessage<ProspectingEvents.RequestLeadFollowUp>();
        Assert.Equal((leadId, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)), (followUp.LeadId, followUp.DueAt));
        Assert.Equal($"workflow:{instanceId}", followUp.RequestedBy);
        // SubWorkflow: the child ran on its own stream and its parent's branch went on.
        await using (var session = App.Store.QuerySession())
        {
            var child = await session.Query<WorkflowInstance>().SingleAsync(i => i.DefinitionId == "child-check");
            Assert.Equal((InstanceStatus.Completed, instanceId), (child.Status, child.ParentInstanceId));
            Assert.Equal(50000, child.Variables["checkedAmount"]!.GetValue<int>());
            // Notify: an in-app notification and its e-mail in the mail outbox.
            var notification = await session.Query<WorkflowNotification>().SingleAsync();
            Assert.Equal(("SalesManager", "Large file"), (notification.Role, notification.Subject));
            Assert.Equal("role:SalesManager", (await session.Query<OutgoingEmail>().SingleAsync()).To);
        }
        var waiting = await InstanceAsync(instanceId);
        Assert.Equal("large", waiting.Variables["size"]!.GetValue<string>());
        Assert.Equal(["review"], waiting.CurrentActivityIds); // the join waits for the review only

        await _api.CompleteAsync("backoffice", WorkflowApi.TaskId(Assert.Single(await _api.TasksAsync("backoffice"))), "Done");
        Assert.Equal(["wait"], (await InstanceAsync(instanceId)).CurrentActivityIds);

        var accepted = await Host.InvokeMessageAndWaitAsync(Accepted(leadId));
        var timer = accepted.Scheduled.SingleMessage<WorkflowTimerDue>();
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), (await InstanceAsync(instanceId)).Bookmarks.Single().DueAt);
        App.Clock.Set(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await Host.InvokeMessageAndWaitAsync(timer);

        var done = await InstanceAsync(instanceId);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(["start", "route", "remember-size", "fork", "tell", "follow-up", "child", "review", "join", "wait", "pause", "decide", "large-done"],
            done.Path);
    }

    [Fact]
    public async Task Two_deliveries_of_one_event_at_once_advance_the_waiting_instance_once()
    {
        await _api.PublishAsync(Definitions.Waiting("waiting"));
        var leadId = Guid.CreateVersion7();
        var instanceId = (await _api.StartAsync("waiting", leadId.ToString())).GetProperty("instanceId").GetGuid();
        var signal = SignalWorkflows.Of(new OffersEvents.QuoteSent(Guid.CreateVersion7(), "DEV-2026-000002", leadId, new DateOnly(2026, 12, 23),
            Testing.TestClock.Start));

        // Both through the durable queue at once, as a redelivery would: the loser of the race fails its version check and is retried.
        await Host.ExecuteAndWaitAsync(async (Wolverine.IMessageContext bus) =>
        {
            await bus.SendAsync(signal);
            await bus.SendAsync(signal);
        });

        await using var session = App.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(instanceId);
        Assert.Single(events, e => e.Data is EventReceived);
        Assert.Single(events, e => e.Data is TimerScheduled);
        Assert.Equal(["delay"], (await InstanceAsync(instanceId)).CurrentActivityIds);
    }

    [Fact]
    public async Task Instances_waiting_on_a_timer_and_a_task_resume_after_the_host_restarts()
    {
        await _api.PublishAsync(Definitions.Waiting("waiting"));
        await _api.PublishAsync(Definitions.Review("review"));
        var leadId = Guid.CreateVersion7();
        var timed = (await _api.StartAsync("waiting", leadId.ToString())).GetProperty("instanceId").GetGuid();
        var reviewed = (await _api.StartAsync("review", "RESTART-1")).GetProperty("instanceId").GetGuid();
        var tracked = await Host.InvokeMessageAndWaitAsync(new OffersEvents.QuoteSent(Guid.CreateVersion7(), "DEV-2026-000003", leadId,
            new DateOnly(2026, 12, 23), Testing.TestClock.Start));
        var timer = tracked.Scheduled.SingleMessage<WorkflowTimerDue>();

        await App.RestartAsync();
        _api = new WorkflowApi(App);

        // The timer is still in Wolverine's durable store, waiting for its time, on the new Host.
        await using (var session = App.Store.QuerySession())
        {
            var scheduled = await session.QueryAsync<long>(
                "select count(*) from leasing.wolverine_incoming_envelopes where status = 'Scheduled' and message_type like '%WorkflowTimerDue%'");
            Assert.Equal(1, scheduled.Single());
        }
        App.Clock.Advance(TimeSpan.FromDays(2));
        await Host.InvokeMessageAndWaitAsync(timer);
        Assert.Equal(InstanceStatus.Completed, (await InstanceAsync(timed)).Status);

        var task = WorkflowApi.TaskId(Assert.Single(await _api.TasksAsync("backoffice")));
        await _api.CompleteAsync("backoffice", task, "Approve", new { decision = "ok" });
        Assert.Equal(InstanceStatus.Completed, (await InstanceAsync(reviewed)).Status);
    }

    private static OffersEvents.QuoteAccepted Accepted(Guid leadId) => new(Guid.CreateVersion7(), "DEV-2026-000009", leadId,
        new OffersEvents.AcceptedCustomer("Jeanne Martin", "Individual", null, null, null),
        new OffersEvents.AcceptedVehicle("Peugeot", "308", null, null, null),
        new OffersEvents.AcceptedTerms("LLD", 36, 12000, 24800m, 0m, 12800m, 6m, 1m, "Arrears", 0.04m, 0m, 0.06m),
        new OffersEvents.AcceptedAmounts("IncludingVat", 357.55m, 33.33m, 390.88m, 429.06m, 40m, 469.06m, 12000m, 36, null),
        "backoffice", Testing.TestClock.Start);
}
