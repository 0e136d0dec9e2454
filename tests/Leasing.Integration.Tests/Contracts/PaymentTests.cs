using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.ReadModels;
using Leasing.Testing;
using Marten;
using Wolverine.Tracking;
using static Leasing.Integration.Tests.Contracts.ContractDriver;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Integration.Tests.Contracts;

public sealed class PaymentTests(LeasingApp app) : IntegrationTest(app)
{
    private readonly ContractDriver _contracts = new(app);

    [Fact]
    public async Task An_unpaid_invoice_is_reminded_at_5_and_15_days_and_formally_noticed_at_30_each_step_an_event_and_a_task()
    {
        var id = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 10));
        await _contracts.BillAsync("2026-12");
        var invoice = Assert.Single(await _contracts.InvoicesAsync(id));
        Assert.Equal(new DateOnly(2026, 12, 20), invoice.DueOn); // issued 10/12, debited 10 days later

        _contracts.SetDay(new DateOnly(2026, 12, 20));
        var partial = await _contracts.InvoiceAsync(invoice.Id);
        await _contracts.PostAsync($"/api/invoices/{invoice.Id}/payments", new
        {
            amount = 200m, paidOn = "2026-12-20", method = "SepaDirectDebit", reference = "E2E-20261220-0001", expectedVersion = partial.Version,
        });

        Assert.Empty((await _contracts.DunAsync(new DateOnly(2026, 12, 24))).Published<ContractEvents.DunningStepReached>());
        var first = Assert.Single((await _contracts.DunAsync(new DateOnly(2026, 12, 25))).Published<ContractEvents.DunningStepReached>());
        Assert.Equal(("FirstReminder", 5, 432.88m), (first.Step, first.DaysOverdue, first.AmountDueIncludingVat)); // 632,88 − 200
        Assert.Empty((await _contracts.DunAsync(new DateOnly(2026, 12, 26))).Published<ContractEvents.DunningStepReached>());
        var second = (await _contracts.DunAsync(new DateOnly(2027, 1, 4))).FindSingleTrackedMessageOfType<ContractEvents.DunningStepReached>();
        Assert.Equal(("SecondReminder", 15), (second.Step, second.DaysOverdue));
        var notice = (await _contracts.DunAsync(new DateOnly(2027, 1, 19))).FindSingleTrackedMessageOfType<ContractEvents.DunningStepReached>();
        Assert.Equal(("FormalNotice", 30), (notice.Step, notice.DaysOverdue));

        await using (var session = App.Store.QuerySession())
        {
            var tasks = await session.Query<ContractTask>().Where(t => t.ContractId == id && t.Kind == Leasing.Contracts.Domain.Tasks.TaskKind.Dunning)
                .OrderBy(t => t.OpenedAt).ToListAsync();
            Assert.Equal(3, tasks.Count);
            Assert.Equal([ContractTaskStatus.Done, ContractTaskStatus.Done, ContractTaskStatus.Open], tasks.Select(t => t.Status).ToArray());
            Assert.StartsWith("Mise en demeure", tasks[^1].Title);
            var steps = (await session.Events.FetchStreamAsync(invoice.Id)).Select(e => e.Data).OfType<DunningStepRecorded>().Select(s => s.Step);
            Assert.Equal([DunningStep.FirstReminder, DunningStep.SecondReminder, DunningStep.FormalNotice], steps.ToArray());
        }

        _contracts.SetDay(new DateOnly(2027, 1, 20));
        var due = await _contracts.InvoiceAsync(invoice.Id);
        var paid = await _contracts.TrackAsync(() => _contracts.PostAsync($"/api/invoices/{invoice.Id}/payments", new
        {
            amount = 432.88m, paidOn = "2027-01-20", method = "Transfer", reference = "VIR-MARTIN-0120", expectedVersion = due.Version,
        }));
        Assert.Equal("Paid", paid.FindSingleTrackedMessageOfType<ContractEvents.ContractTaskClosed>().Outcome);
        var settled = await _contracts.InvoiceAsync(invoice.Id);
        Assert.Equal(InvoiceStatus.Paid, settled.Status);
        Assert.Equal(["E2E-20261220-0001", "VIR-MARTIN-0120"], settled.Payments.Select(p => p.Reference).ToArray());
        Assert.Empty((await _contracts.DunAsync(new DateOnly(2027, 2, 1))).Published<ContractEvents.DunningStepReached>());
    }

    [Fact]
    public async Task A_payment_above_the_balance_is_refused_naming_the_amount_and_a_stale_version_is_a_409()
    {
        var id = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 10));
        await _contracts.BillAsync("2026-12");
        var invoice = await _contracts.InvoiceAsync(Assert.Single(await _contracts.InvoicesAsync(id)).Id);
        var before = await _contracts.EventCountAsync();

        var problem = await _contracts.PostAsync($"/api/invoices/{invoice.Id}/payments", new
        {
            amount = 700m, method = "SepaDirectDebit", reference = "E2E-1", expectedVersion = invoice.Version,
        }, 400);
        Assert.Equal(["amount"], ErrorFields(problem));
        var missing = await _contracts.PostAsync($"/api/invoices/{invoice.Id}/payments", new { amount = 10m, method = "Bitcoin", expectedVersion = invoice.Version }, 400);
        Assert.Equal(["method", "reference"], ErrorFields(missing).Order().ToArray());
        Assert.Equal(before, await _contracts.EventCountAsync());

        await _contracts.PostAsync($"/api/invoices/{invoice.Id}/payments", new { amount = 100m, method = "Card", reference = "CB-1", expectedVersion = invoice.Version });
        await _contracts.PostAsync($"/api/invoices/{invoice.Id}/payments", new { amount = 100m, method = "Card", reference = "CB-2", expectedVersion = invoice.Version }, 409);
        Assert.Single((await _contracts.InvoiceAsync(invoice.Id)).Payments);
    }
}
