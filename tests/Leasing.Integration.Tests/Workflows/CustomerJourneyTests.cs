using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Wolverine.Tracking;
using ContractsEvents = Leasing.Contracts.IntegrationEvents;
using OffersEvents = Leasing.Offers.IntegrationEvents;
using ProspectingEvents = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Integration.Tests.Workflows;

/// <summary>The shipped customer journey driven by the integration events of Prospecting and Offers, on real PostgreSQL.</summary>
public sealed class CustomerJourneyTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly WorkflowApi _api = new(app);
    private static readonly DateTimeOffset Start = Testing.TestClock.Start;

    private static ProspectingEvents.LeadCaptured Captured(Guid leadId) =>
        new(leadId, "la-centrale", Guid.CreateVersion7(), "RoundRobin", "Used", "LOA", Start);

    private async Task<WorkflowInstance> InstanceOfAsync(Guid leadId)
    {
        await using var session = App.Store.QuerySession();
        return await session.Query<WorkflowInstance>().SingleAsync(i => i.CorrelationKey == leadId.ToString());
    }

    [Fact]
    public async Task A_captured_lead_starts_the_journey_once_with_the_qualification_task_due_in_four_hours()
    {
        await _api.ImportShippedAsync();
        var leadId = Guid.CreateVersion7();

        await Host.InvokeMessageAndWaitAsync(Captured(leadId));
        await Host.InvokeMessageAndWaitAsync(Captured(leadId)); // redelivered: no second instance

        var task = Assert.Single(await _api.TasksAsync("backoffice", correlationKey: leadId.ToString()));
        Assert.Equal("1. Recherche d'information : qualifier le lead", task.GetProperty("task").GetProperty("title").GetString());
        Assert.Equal(Start.AddHours(4), task.GetProperty("task").GetProperty("dueAt").GetDateTimeOffset());
        var instance = await InstanceOfAsync(leadId);
        Assert.Equal(leadId.ToString(), instance.Variables["leadId"]!.GetValue<string>());
        Assert.Equal(["qualify-lead", "wait-lead-lost", "wait-lead-qualified"], instance.CurrentActivityIds.Order());
    }

    [Fact]
    public async Task An_import_chunks_announcement_starts_one_journey_per_lead_in_one_transaction_and_a_lead_named_twice_once()
    {
        await _api.ImportShippedAsync();
        var leads = Enumerable.Range(0, 3).Select(_ => Guid.CreateVersion7()).ToList();
        var already = Guid.CreateVersion7();
        await Host.InvokeMessageAndWaitAsync(Captured(already));

        var tracked = await Host.InvokeMessageAndWaitAsync(new ProspectingEvents.LeadsCaptured(
            [.. leads.Select(Captured), Captured(leads[0]), Captured(already)]));

        // One batched signal, not one message per lead.
        var signal = tracked.Sent.SingleMessage<SignalWorkflowsBatch>();
        Assert.Equal(5, signal.PayloadsJson.Count);
        Assert.Empty(tracked.Sent.MessagesOf<SignalWorkflows>());
        await using var session = App.Store.QuerySession();
        foreach (var leadId in leads.Append(already))
            Assert.Single(await session.Query<WorkflowInstance>().Where(i => i.CorrelationKey == leadId.ToString()).ToListAsync());
        var task = Assert.Single(await _api.TasksAsync("backoffice", correlationKey: leads[2].ToString()));
        Assert.Equal(Start.AddHours(4), task.GetProperty("task").GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task The_journey_goes_from_qualification_through_the_visit_reminder_and_the_offer_to_the_signature_wait()
    {
        await _api.ImportShippedAsync();
        var leadId = Guid.CreateVersion7();
        await Host.InvokeMessageAndWaitAsync(Captured(leadId));
        var task = WorkflowApi.TaskId(Assert.Single(await _api.TasksAsync("backoffice", correlationKey: leadId.ToString())));

        // 1. Qualified through the task: the wait for Prospecting's qualification is cancelled.
        var completed = await _api.CompleteAsync("backoffice", task, "Qualified", new { product = "LOA", monthlyBudget = 450 });
        Assert.Equal(["wait-lead-lost", "wait-quote-sent", "wait-visit-scheduled"],
            completed.GetProperty("current").EnumerateArray().Select(c => c.GetString()!).Order());
        Assert.Equal("LOA", (await InstanceOfAsync(leadId)).Variables["product"]!.GetValue<string>());

        // 2. A visit in three days: a reminder the day before, as a durable timer.
        var visitAt = Start.AddDays(3);
        var booked = await Host.InvokeMessageAndWaitAsync(new ProspectingEvents.VisitScheduled(leadId, Guid.CreateVersion7(), null, visitAt, Start));
        var reminder = booked.Scheduled.SingleMessage<WorkflowTimerDue>();
        await using (var session = App.Store.QuerySession())
        {
            var timer = (await session.LoadAsync<WorkflowInstance>(reminder.InstanceId))!.Bookmarks.Single(b => b.Kind == BookmarkKind.Timer);
            Assert.Equal(visitAt.AddDays(-1), timer.DueAt);
        }
        App.Clock.Set(visitAt.AddDays(-1));
        await Host.InvokeMessageAndWaitAsync(reminder);
        var notifications = await _api.SendAsync("backoffice", HttpMethod.Get, "/api/workflows/notifications", null, 200);
        Assert.Equal("2. Visite en concession : rappel", notifications.GetProperty("items")[0].GetProperty("subject").GetString());
        Assert.Equal(1, notifications.GetProperty("unread").GetInt32());

        // 3. An offer is sent, then accepted: the journey waits for the signature (and chases the customer after 15 days).
        var quoteId = Guid.CreateVersion7();
        var sent = await Host.InvokeMessageAndWaitAsync(new OffersEvents.QuoteSent(quoteId, "DEV-2026-000001", leadId, new DateOnly(2026, 12, 25), App.Clock.GetUtcNow()));
        Assert.Equal(App.Clock.GetUtcNow().AddDays(15), sent.Scheduled.SingleMessage<WorkflowTimerDue>() is { } chase
            ? (await InstanceOfAsync(leadId)).Bookmarks.Single(b => b.Id == chase.TimerId).DueAt : null);
        await Host.InvokeMessageAndWaitAsync(Accepted(quoteId, leadId));

        var instance = await InstanceOfAsync(leadId);
        Assert.Equal(quoteId.ToString(), instance.Variables["quoteId"]!.GetValue<string>());
        Assert.Equal(["chase-delay", "wait-contract-signed", "wait-lead-lost"], instance.CurrentActivityIds.Order());
        var cases = await _api.SendAsync("backoffice", HttpMethod.Get, $"/api/workflows/cases/{leadId}", null, 200);
        Assert.Contains(cases[0].GetProperty("steps").EnumerateArray(),
            s => s.GetProperty("french").GetString() == "4. Signature du contrat — en attente de la signature du contrat.");
    }

    [Fact]
    public async Task After_acceptance_the_signature_delivery_and_the_satisfaction_follow_up_a_month_later_complete_the_journey()
    {
        await _api.ImportShippedAsync();
        var leadId = Guid.CreateVersion7();
        var quoteId = Guid.CreateVersion7();
        await Host.InvokeMessageAndWaitAsync(Captured(leadId));
        await Host.InvokeMessageAndWaitAsync(new ProspectingEvents.LeadQualified(leadId, Guid.CreateVersion7(), null, "Used", "LOA", Start));
        await Host.InvokeMessageAndWaitAsync(new OffersEvents.QuoteSent(quoteId, "DEV-2026-000001", leadId, new DateOnly(2026, 12, 25), Start));
        await Host.InvokeMessageAndWaitAsync(Accepted(quoteId, leadId));
        var contractId = Guid.CreateVersion7();

        // 4. Signed in Contracts: the chase loop beside the wait is cancelled with it.
        await Host.InvokeMessageAndWaitAsync(new ContractsEvents.ContractSigned(contractId, "CTR-2026-000001", quoteId, leadId, "LOA", "Individual",
            "Jeanne Martin", null, "Jeanne Martin", "InPerson", new DateOnly(2026, 11, 24), true, new DateOnly(2026, 12, 8), "sha", Start.AddDays(1)));
        var signed = await InstanceOfAsync(leadId);
        Assert.Equal(["wait-lead-lost", "wait-vehicle-delivered"], signed.CurrentActivityIds.Order());

        // 5. Delivered: after-sales is told, and the satisfaction call is due a month later.
        var delivered = await Host.InvokeMessageAndWaitAsync(Delivered(contractId, quoteId, leadId));
        var loyalty = delivered.Scheduled.SingleMessage<WorkflowTimerDue>();
        await using (var session = App.Store.QuerySession())
            Assert.Contains(await session.Query<WorkflowNotification>().ToListAsync(), n => n.Subject == "6. Fidélisation : véhicule livré");
        App.Clock.Advance(TimeSpan.FromDays(30));
        await Host.InvokeMessageAndWaitAsync(loyalty);

        // 6. The follow-up finds the customer satisfied: the journey is complete and no wait is left behind.
        var followUp = Assert.Single(await _api.TasksAsync("backoffice", correlationKey: leadId.ToString()));
        Assert.Equal("6. Fidélisation : suivi de satisfaction", followUp.GetProperty("task").GetProperty("title").GetString());
        await _api.CompleteAsync("backoffice", WorkflowApi.TaskId(followUp), "Satisfied", new { score = "5" });
        var done = await InstanceOfAsync(leadId);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Empty(done.Bookmarks);
        Assert.Contains("journey-completed", done.Path);
    }

    private static ContractsEvents.VehicleDelivered Delivered(Guid contractId, Guid quoteId, Guid leadId) => new(contractId, "CTR-2026-000001", quoteId,
        leadId, "LOA", "Individual", "Jeanne Martin", null, "GH-123-JK", null, "Peugeot", "308", null, 12, new DateOnly(2026, 12, 10),
        new DateOnly(2029, 12, 9), 36, 12000, 36000, "Jeanne Martin", "+33612345678", "jeanne@example.fr", true, "B", 10, false, null, null, true, false,
        false, 0, false, ["Assistance", "ReplacementVehicle"], "backoffice", Start.AddDays(17));

    [Fact]
    public async Task A_lead_lost_in_prospecting_ends_the_journey_at_whatever_step_it_stands()
    {
        await _api.ImportShippedAsync();
        var leadId = Guid.CreateVersion7();
        await Host.InvokeMessageAndWaitAsync(Captured(leadId));

        await Host.InvokeMessageAndWaitAsync(new ProspectingEvents.LeadLost(leadId, "la-centrale", "BoughtElsewhere", Start.AddHours(1)));

        var instance = await InstanceOfAsync(leadId);
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Contains("lead-lost", instance.Path);
        Assert.Empty(await _api.TasksAsync("backoffice", correlationKey: leadId.ToString()));
    }

    [Fact]
    public async Task A_lead_qualified_in_prospecting_closes_the_qualification_task()
    {
        await _api.ImportShippedAsync();
        var leadId = Guid.CreateVersion7();
        await Host.InvokeMessageAndWaitAsync(Captured(leadId));

        await Host.InvokeMessageAndWaitAsync(new ProspectingEvents.LeadQualified(leadId, Guid.CreateVersion7(), null, "Used", "LLD", Start.AddHours(1)));

        Assert.Empty(await _api.TasksAsync("backoffice", correlationKey: leadId.ToString()));
        var instance = await InstanceOfAsync(leadId);
        Assert.Equal("LLD", instance.Variables["product"]!.GetValue<string>());
        Assert.Contains("wait-visit-scheduled", instance.CurrentActivityIds);
    }

    private static OffersEvents.QuoteAccepted Accepted(Guid quoteId, Guid leadId) => new(quoteId, "DEV-2026-000001", leadId,
        new OffersEvents.AcceptedCustomer("Jeanne Martin", "Individual", "jeanne@example.fr", null, null),
        new OffersEvents.AcceptedVehicle("Peugeot", "308", null, "Essence", 120),
        new OffersEvents.AcceptedTerms("LOA", 36, 12000, 24800m, 0m, 12800m, 6m, 1m, "Arrears", 0.04m, 0m, 0.06m),
        new OffersEvents.AcceptedAmounts("IncludingVat", 357.55m, 33.33m, 390.88m, 429.06m, 40m, 469.06m, 12000m, 36, 12800m),
        "backoffice", Start);
}
