using Xunit;
using System.Text.Json.Nodes;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Expressions;
using Leasing.Workflows.Runtime.Execution;
using Leasing.Workflows.Runtime.Instances;
using static Leasing.Workflows.Tests.Definitions.Charts;

namespace Leasing.Workflows.Tests.Runtime;

public sealed class ExecutorTests
{
    private static readonly VariableDefinition Amount = new("amount", "number");

    [Fact]
    public void A_human_task_stops_the_instance_until_it_is_completed_through_an_outcome()
    {
        var run = Executor.For(Valid().Replacing(Activity("review", "HumanTask",
            new { title = "Review", role = "BackOffice", outcomes = new[] { "Approve", "Reject" }, dueIn = "4h", escalateToRole = "SalesManager" })));

        run.Start(variables: new() { ["amount"] = 20000 });

        var task = Assert.Single(run.Events<TaskOpened>());
        Assert.Equal("Review", task.Title);
        Assert.Equal(Executor.Now.AddHours(4), task.DueAt);
        Assert.Contains(run.Effects, e => e is ScheduleEscalation s && s.TaskId == task.TaskId && s.DueAt == task.DueAt);
        Assert.Equal(InstanceStatus.Waiting, run.State.Status);

        run.Complete("review", "Approve", new JsonObject { ["comment"] = "ok" });

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal(["start", "decide", "review", "done"], run.State.Path);
        Assert.Equal("Approve", Assert.Single(run.Events<TaskCompleted>()).Outcome);
    }

    [Fact]
    public void A_task_due_without_an_escalation_role_sets_no_timer_its_lateness_is_read_from_its_due_time()
    {
        var run = Executor.For(Valid().Replacing(Activity("review", "HumanTask", new { title = "Review", role = "BackOffice", outcomes = new[] { "Approve", "Reject" }, dueIn = "4h" })));

        run.Start(variables: new() { ["amount"] = 20000 });

        Assert.Equal(Executor.Now.AddHours(4), Assert.Single(run.Events<TaskOpened>()).DueAt);
        Assert.DoesNotContain(run.Effects, e => e is ScheduleEscalation);
    }

    [Theory]
    [InlineData(20000, "review")]
    [InlineData(500, "done")]
    public void A_decision_goes_on_through_true_or_false(int amount, string next)
    {
        var run = Executor.For(Valid());
        run.Start(variables: new() { ["amount"] = amount });
        Assert.Equal(["start", "decide", next], run.Events<ActivityEntered>().Select(e => e.ActivityId).Take(3));
    }

    [Theory]
    [InlineData("LOA", "loa")]
    [InlineData("LLD", "lld")]
    [InlineData("cash", "other")]
    public void A_switch_takes_the_first_matching_case_or_default(string product, string expected)
    {
        var definition = Definition(
            [
                Activity("start", "Start"),
                Activity("route", "Switch", new { cases = new[] { new { name = "LOA", condition = "input.product === 'LOA'" }, new { name = "LLD", condition = "input.product === 'LLD'" } } }),
                Activity("loa", "SetVariable", new { variable = "route", value = "'loa'" }),
                Activity("lld", "SetVariable", new { variable = "route", value = "'lld'" }),
                Activity("other", "SetVariable", new { variable = "route", value = "'other'" }),
                Activity("end", "End"),
            ],
            [Arrow("start", "route"), Arrow("route", "loa", "LOA"), Arrow("route", "lld", "LLD"), Arrow("route", "other", "Default"),
             Arrow("loa", "end"), Arrow("lld", "end"), Arrow("other", "end")],
            new VariableDefinition("route", "string"));
        var run = Executor.For(definition);

        run.Start(new { product });

        Assert.Equal(expected, run.State.Variables["route"]!.GetValue<string>());
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    private static WorkflowDefinition ForkJoin(string mode) => Definition(
        [
            Activity("start", "Start"),
            Activity("fork", "Fork", new { branches = new[] { "Documents", "Scoring" } }),
            Activity("documents", "HumanTask", Task("Done")),
            Activity("scoring", "HumanTask", Task("Done")),
            Activity("join", "Join", new { mode }),
            Activity("decide", "HumanTask", Task("Approve")),
            Activity("end", "End"),
        ],
        [Arrow("start", "fork"), Arrow("fork", "documents", "Documents"), Arrow("fork", "scoring", "Scoring"),
         Arrow("documents", "join", "Done"), Arrow("scoring", "join", "Done"), Arrow("join", "decide"), Arrow("decide", "end", "Approve")]);

    [Fact]
    public void A_fork_runs_both_branches_and_a_join_all_waits_for_both()
    {
        var run = Executor.For(ForkJoin("all"));
        run.Start();
        Assert.Equal(["documents", "scoring"], run.Events<TaskOpened>().Select(t => t.ActivityId));

        run.Complete("documents", "Done");
        Assert.DoesNotContain(run.Events<TaskOpened>(), t => t.ActivityId == "decide");
        Assert.Equal(["scoring"], run.State.CurrentActivityIds);

        run.Complete("scoring", "Done");
        Assert.Contains(run.Events<TaskOpened>(), t => t.ActivityId == "decide");
        Assert.Equal(1, run.Events<ActivityCompleted>().Count(c => c.ActivityId == "join"));
    }

    [Fact]
    public void A_join_any_goes_on_with_the_first_branch_and_cancels_the_other()
    {
        var run = Executor.For(ForkJoin("any"));
        run.Start();

        run.Complete("scoring", "Done");

        var cancelled = Assert.Single(run.Events<TaskCancelled>());
        Assert.Equal("documents", cancelled.ActivityId);
        Assert.Equal(["decide"], run.State.CurrentActivityIds);
    }

    /// <summary>Waits for the acceptance while a reminder loop runs beside it (delay → follow-up task → delay), never reaching the join.</summary>
    private static WorkflowDefinition WaitWithReminderLoop() => Definition(
        [
            Activity("start", "Start"),
            Activity("fork", "Fork", new { branches = new[] { "Wait", "Remind" } }),
            Activity("wait", "WaitForEvent", new { eventType = "QuoteAccepted", correlation = "input.leadId" }),
            Activity("pause", "Delay", new { duration = "P7D" }),
            Activity("follow-up", "HumanTask", Task("Called")),
            Activity("join", "Join", new { mode = "any" }),
            Activity("end", "End"),
        ],
        [Arrow("start", "fork"), Arrow("fork", "wait", "Wait"), Arrow("fork", "pause", "Remind"), Arrow("pause", "follow-up"),
         Arrow("follow-up", "pause", "Called"), Arrow("wait", "join"), Arrow("join", "end")]);

    [Fact]
    public void A_join_any_also_cancels_a_branch_of_its_fork_that_never_reaches_it()
    {
        var run = Executor.For(WaitWithReminderLoop());
        run.Start();
        var timer = Assert.Single(run.Events<TimerScheduled>());
        run.Resume(new FireTimer(timer.TimerId));
        Assert.Contains("follow-up", run.State.CurrentActivityIds);

        run.Resume(new DeliverEvent(Assert.Single(run.Events<EventAwaited>()).BookmarkId, "QuoteAccepted", new JsonObject { ["leadId"] = "LEAD-1" }));

        Assert.Equal("follow-up", Assert.Single(run.Events<TaskCancelled>()).ActivityId);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Empty(run.State.Bookmarks);
    }

    private static WorkflowDefinition WaitThenDelay() => Definition(
        [
            Activity("start", "Start"),
            Activity("wait", "WaitForEvent", new { eventType = "QuoteAccepted", correlation = "input.leadId" }),
            Activity("remember", "SetVariable", new { variable = "quoteId", value = "input.quoteId" }),
            Activity("delay", "Delay", new { duration = "P30D" }),
            Activity("end", "End"),
        ],
        [Arrow("start", "wait"), Arrow("wait", "remember"), Arrow("remember", "delay"), Arrow("delay", "end")],
        new VariableDefinition("quoteId", "string"));

    [Fact]
    public void An_awaited_event_resumes_once_and_its_payload_is_the_next_input()
    {
        var run = Executor.For(WaitThenDelay());
        run.Start();
        var awaited = Assert.Single(run.Events<EventAwaited>());
        Assert.Equal("input.leadId", awaited.CorrelationExpression);

        var payload = new JsonObject { ["leadId"] = "LEAD-1", ["quoteId"] = "Q-9" };
        run.Resume(new DeliverEvent(awaited.BookmarkId, "QuoteAccepted", payload));
        var again = run.Resume(new DeliverEvent(awaited.BookmarkId, "QuoteAccepted", payload));

        Assert.Equal("Q-9", run.State.Variables["quoteId"]!.GetValue<string>());
        Assert.True(again.Nothing);
        Assert.Single(run.Events<EventReceived>());
    }

    [Fact]
    public void A_delay_schedules_a_durable_timer_and_goes_on_when_it_fires_once()
    {
        var run = Executor.For(WaitThenDelay());
        run.Start();
        run.Resume(new DeliverEvent(run.Events<EventAwaited>().Single().BookmarkId, "QuoteAccepted", new JsonObject { ["quoteId"] = "Q" }));

        var timer = Assert.Single(run.Effects.OfType<ScheduleTimer>());
        Assert.Equal(Executor.Now.AddMinutes(5).AddDays(30), timer.DueAt);
        Assert.Equal(InstanceStatus.Waiting, run.State.Status);

        run.Resume(new FireTimer(timer.TimerId));
        var late = run.Resume(new FireTimer(timer.TimerId));

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.True(late.Nothing);
    }

    [Fact]
    public void A_delay_until_an_expression_uses_its_date()
    {
        var definition = Definition([Activity("start", "Start"), Activity("delay", "Delay", new { until = "variables.due" }), Activity("end", "End")],
            [Arrow("start", "delay"), Arrow("delay", "end")], new VariableDefinition("due", "date"));
        var run = Executor.For(definition);
        run.Start(variables: new() { ["due"] = "2027-01-31T09:00:00Z" });
        Assert.Equal(new DateTimeOffset(2027, 1, 31, 9, 0, 0, TimeSpan.Zero), Assert.Single(run.Events<TimerScheduled>()).DueAt);
    }

    private static WorkflowDefinition FailingDecision(string condition) => Definition(
        [Activity("start", "Start"), Activity("check", "Decision", new { condition }), Activity("yes", "End"), Activity("no", "End")],
        [Arrow("start", "check"), Arrow("check", "yes", "True"), Arrow("check", "no", "False")], Amount);

    [Fact]
    public void A_bad_expression_raises_an_incident_that_can_be_retried_after_the_data_is_fixed_or_skipped()
    {
        var run = Executor.For(FailingDecision("variables.amount.toFixed(2) > 1"));
        run.Start();

        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal("check", incident.ActivityId);
        Assert.Equal(InstanceStatus.Faulted, run.State.Status);

        var retried = run.Resume(new RetryIncident(incident.Id, "ops"));
        Assert.Single(run.State.Incidents); // still failing: a new incident replaces the resolved one
        Assert.Contains(retried.Events, e => e is IncidentResolved { Resolution: "Retried" });

        var wrongPort = run.Resume(new SkipIncident(run.State.Incidents[0].Id, "Maybe", "ops"));
        Assert.True(wrongPort.Refused);

        run.Resume(new SkipIncident(run.State.Incidents[0].Id, "False", "ops"));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal("no", run.Events<WorkflowCompleted>().Single().EndActivityId);
    }

    [Fact]
    public void An_infinite_loop_in_an_expression_is_stopped_and_becomes_an_incident()
    {
        var limits = SandboxLimits.Default with { Timeout = TimeSpan.FromMilliseconds(200), MaxStatements = 0 };
        var run = Executor.For(FailingDecision("while (true) {} true"), limits);

        run.Start();

        var incident = Assert.Single(run.State.Incidents);
        Assert.StartsWith(nameof(ExpressionFailureKind.Timeout), incident.Reason);
    }

    [Fact]
    public void A_chart_that_loops_without_waiting_is_stopped_with_an_incident()
    {
        var definition = Definition(
            [Activity("start", "Start"), Activity("again", "SetVariable", new { variable = "amount", value = "(variables.amount ?? 0) + 1" })],
            [Arrow("start", "again"), Arrow("again", "again")], Amount);
        var run = Executor.For(definition);

        run.Start();

        Assert.Contains("loops", Assert.Single(run.State.Incidents).Reason);
        Assert.False(run.State.Ended);
    }

    [Fact]
    public void Cancelling_cancels_open_tasks_and_ends_the_instance()
    {
        var run = Executor.For(ForkJoin("all"));
        run.Start();
        var documents = run.Task("documents").Id;

        run.Resume(new CancelInstance("Customer gave up", "ops"));

        Assert.Equal(2, run.Events<TaskCancelled>().Count());
        Assert.Equal(InstanceStatus.Cancelled, run.State.Status);
        Assert.Empty(run.State.Bookmarks);
        Assert.True(run.Resume(new CompleteTask(documents, "Done", [], "alice")).Refused);
    }

    [Fact]
    public void A_task_completed_with_an_unknown_outcome_or_twice_is_refused()
    {
        var run = Executor.For(Valid());
        run.Start(variables: new() { ["amount"] = 20000 });
        var task = run.Task("review");

        Assert.True(run.Resume(new CompleteTask(task.Id, "Maybe", [], "alice")).Refused);
        Assert.False(run.Resume(new CompleteTask(task.Id, "Reject", [], "alice")).Refused);
        Assert.True(run.Resume(new CompleteTask(task.Id, "Approve", [], "bob")).Refused);
        Assert.Single(run.Events<TaskCompleted>());
    }

    [Fact]
    public void Notify_and_send_command_leave_effects_with_evaluated_inputs_and_go_on()
    {
        var definition = Definition(
            [
                Activity("start", "Start"),
                Activity("tell", "Notify", new { role = "SalesManager", subject = "Lead", message = "New lead" }),
                Activity("send", "SendCommand", new { command = "QualifyLead", inputs = new Dictionary<string, string> { ["leadId"] = "input.leadId", ["score"] = "2 * 21" } }),
                Activity("end", "End"),
            ],
            [Arrow("start", "tell"), Arrow("tell", "send"), Arrow("send", "end")]);
        var run = Executor.For(definition);

        run.Start(new { leadId = "L-7" });

        var notification = Assert.Single(run.Effects.OfType<DeliverNotification>());
        Assert.Equal("SalesManager", notification.Role);
        var command = Assert.Single(run.Effects.OfType<DispatchCommand>());
        Assert.Equal("QualifyLead", command.Command);
        Assert.Equal("L-7", command.Inputs["leadId"]!.GetValue<string>());
        Assert.Equal(42, command.Inputs["score"]!.GetValue<int>());
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void A_sub_workflow_starts_a_child_and_goes_on_when_it_completes_or_raises_an_incident_when_cancelled()
    {
        var definition = Definition(
            [Activity("start", "Start"), Activity("child", "SubWorkflow", new { definitionId = "claim-handling", inputs = new Dictionary<string, string> { ["amount"] = "variables.amount" } }), Activity("end", "End")],
            [Arrow("start", "child"), Arrow("child", "end")], Amount);
        var run = Executor.For(definition);
        run.Start(variables: new() { ["amount"] = 12 });

        var child = Assert.Single(run.Effects.OfType<StartChild>());
        Assert.Equal(12, child.Inputs["amount"]!.GetValue<int>());
        Assert.Equal("claim-handling", child.DefinitionId);

        run.Resume(new EndChild(child.ChildInstanceId, Completed: false));
        Assert.Equal("child", Assert.Single(run.State.Incidents).ActivityId);
    }

    [Fact]
    public void A_child_that_completes_tells_its_parent()
    {
        var definition = Definition([Activity("start", "Start"), Activity("end", "End")], [Arrow("start", "end")]);
        var engine = new WorkflowExecutor(ExpressionSandbox.Default, Guid.CreateVersion7);
        var parent = Guid.CreateVersion7();

        var result = engine.Start(definition, new StartRequest(Guid.CreateVersion7(), "K", null, null, "system", null, parent, "child"), Executor.Now);

        Assert.Equal(new ResumeParent(parent, result.State.Id, true), Assert.Single(result.Effects));
    }

    [Fact]
    public void The_instance_state_is_the_fold_of_its_events()
    {
        var run = Executor.For(ForkJoin("all"));
        run.Start();
        run.Complete("documents", "Done");

        var replayed = run.Journal.Skip(1).Aggregate(WorkflowInstance.Create((WorkflowStarted)run.Journal[0]), (s, e) => s.Evolve(e));

        Assert.Equal(run.State.Path, replayed.Path);
        Assert.Equal(run.State.Bookmarks.Select(b => b.Id), replayed.Bookmarks.Select(b => b.Id));
        Assert.Equal(run.State.JoinArrivals["join"], replayed.JoinArrivals["join"]);
    }
}
