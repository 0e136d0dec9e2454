using System.Security.Claims;
using Leasing.Integration.Tests.Workflows;
using Leasing.Kernel.Security;
using Wolverine.Tracking;
using Leasing.Web.Pages.Claims;
using SecurityClaim = System.Security.Claims.Claim;

namespace Leasing.Integration.Tests.Claims;

/// <summary>The claims handler's inbox as the admin reads it: the workflow's tasks by due time, each with its claim's summary.</summary>
public sealed class ClaimsInboxTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly ClaimsApi _api = new(app);

    private static ClaimsPrincipal User(string name, string role) =>
        new(new ClaimsIdentity([new SecurityClaim(ClaimTypes.Name, name), new SecurityClaim(ClaimTypes.Role, role)], "test", ClaimTypes.Name, ClaimTypes.Role));

    [Fact]
    public async Task The_most_urgent_task_comes_first_with_the_claim_it_is_about()
    {
        await _api.Workflows.ImportShippedAsync();
        await _api.DeliverAsync();
        await _api.DeliverAsync(ClaimsApi.Delivered(registration: "EF-456-GH"));
        var drivable = (await _api.DeclareAsync(ClaimsApi.Statement(drivable: true))).GetProperty("claimId").GetGuid();
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var immobilised = (await _api.DeclareAsync(Injured()))
            .GetProperty("claimId").GetGuid();

        await using var session = App.Store.QuerySession();
        var page = await ClaimsInboxQuery.PageAsync(session, ClaimsInboxQuery.ActorOf(User("claims", Roles.ClaimsHandler)), "available", 1, 25,
            App.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(2, page.Total);
        Assert.Equal([immobilised, drivable], page.Items.Select(i => i.Claim!.Id));
        var first = page.Items[0].Claim!;
        Assert.Equal(("EF-456-GH", "Peugeot 308", false, true), (first.Registration, first.Vehicle, first.Drivable, first.Injuries));
        Assert.Equal(Leasing.Claims.Domain.ClaimStage.Declared, first.Stage);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 5, 0, TimeSpan.Zero), first.NextDeadline);

        var otherRole = await ClaimsInboxQuery.PageAsync(session, ClaimsInboxQuery.ActorOf(User("backoffice", Roles.BackOffice)), "available", 1, 25,
            App.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Empty(otherRole.Items);
    }

    [Theory]
    [InlineData("available")]
    [InlineData("mine")]
    [InlineData("team")]
    public async Task The_claims_inbox_answers_as_the_workflow_task_inbox_does(string view)
    {
        await _api.Workflows.ImportShippedAsync();
        await _api.DeliverAsync();
        var escalations = new List<Leasing.Workflows.Runtime.Hosting.TaskEscalationDue>();
        for (var i = 0; i < 3; i++)
        {
            await _api.DeclareAsync(ClaimsApi.Statement(drivable: i % 2 == 0));
            escalations.AddRange(_api.LastTracked!.Scheduled.MessagesOf<Leasing.Workflows.Runtime.Hosting.TaskEscalationDue>());
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        // One task taken by the handler, one triaged so that its claim has several tasks open, one escalated to the senior handler.
        var tasks = await _api.Workflows.TasksAsync("claims", "available");
        await _api.Workflows.SendAsync("claims", HttpMethod.Post, $"/api/workflows/tasks/{WorkflowApi.TaskId(tasks[0])}/claim", null, 200);
        await _api.CompleteTaskAsync("claims", WorkflowApi.TaskId(tasks[1]), "Dépannage");
        App.Clock.Advance(TimeSpan.FromMinutes(20));
        await using (var check = App.Store.QuerySession())
            foreach (var escalation in escalations)
                if ((await check.LoadAsync<Leasing.Workflows.ReadModels.HumanTaskView>(escalation.TaskId))?.DueAt <= App.Clock.GetUtcNow())
                    await Host.InvokeMessageAndWaitAsync(escalation); // only the timers due by now, as Wolverine would fire them

        foreach (var (user, role) in new[] { ("claims", Roles.ClaimsHandler), ("seniorclaims", Roles.SeniorClaimsHandler) })
        {
            var actor = ClaimsInboxQuery.ActorOf(User(user, role));
            await using var session = App.Store.QuerySession();
            var expected = await Leasing.Workflows.ReadModels.TaskInbox.PageAsync(session, actor, view, Leasing.Workflows.ReadModels.HumanTaskStatus.Open, null, 1, 3,
                App.Clock.GetUtcNow(), CancellationToken.None);
            var actual = await ClaimsInboxQuery.PageAsync(session, actor, view, 1, 3, App.Clock.GetUtcNow(), CancellationToken.None);
            if (user == "claims" || view == "team") Assert.NotEqual(0, expected.Total); // each of these views has tasks to compare
            Assert.Equal(expected.Total, actual.Total);
            Assert.True(actual.TotalIsExact);
            Assert.Equal(expected.Items.Select(i => (i.Task.Id, i.Overdue)), actual.Items.Select(i => (i.Task.Task.Id, i.Task.Overdue)));
        }
    }

    [Fact]
    public async Task Beyond_the_pages_counted_ahead_the_inbox_says_more_than()
    {
        await _api.Workflows.ImportShippedAsync();
        await _api.DeliverAsync();
        for (var i = 0; i < 5; i++) await _api.DeclareAsync();
        await using var session = App.Store.QuerySession();
        var actor = ClaimsInboxQuery.ActorOf(User("claims", Roles.ClaimsHandler));

        // One task a page: page 1 and the four pages ahead count five tasks, the sixth would say "more".
        var exact = await ClaimsInboxQuery.PageAsync(session, actor, "available", 1, 1, App.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal((5L, true), (exact.Total, exact.TotalIsExact));
        await _api.DeclareAsync();
        var capped = await ClaimsInboxQuery.PageAsync(session, actor, "available", 1, 1, App.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal((5L, false), (capped.Total, capped.TotalIsExact));
        var later = await ClaimsInboxQuery.PageAsync(session, actor, "available", 2, 1, App.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal((6L, true), (later.Total, later.TotalIsExact));
    }

    private static object Injured() => new
    {
        registration = "EF-456-GH", kind = "SingleVehicle", occurredAt = Testing.TestClock.Start, place = "A6, Évry",
        circumstances = "Sortie de route, le conducteur est blessé au bras.", drivable = false, injuries = true, injuryDetails = "Conducteur blessé au bras, pris en charge par le SAMU",
    };
}
