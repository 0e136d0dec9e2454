using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.Features.EndOfTerm;
using Leasing.Contracts.Features.Returns;
using Leasing.Contracts.Features.Shared;
using Leasing.Contracts.ReadModels;
using Leasing.Testing;
using Marten;
using Wolverine.Tracking;
using static Leasing.Integration.Tests.Contracts.ContractDriver;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Integration.Tests.Contracts;

public sealed class EndOfContractTests(LeasingApp app) : IntegrationTest(app)
{
    private readonly ContractDriver _contracts = new(app);

    [Fact]
    public async Task Six_months_before_the_end_the_end_of_term_is_announced_with_a_task_to_ask_return_buy_or_renew()
    {
        var id = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 1)); // consumer LOA ending 30/11/2029
        var timer = new AnnounceEndOfTerm(id, new DateOnly(2029, 11, 30));
        Assert.Equal(ContractTimes.StartOf(new DateOnly(2029, 5, 30)), AnnounceEndOfTerm.DueAt(timer.EndsOn));

        App.Clock.Set(AnnounceEndOfTerm.DueAt(timer.EndsOn).AddMinutes(-1));
        await Host.InvokeMessageAndWaitAsync(timer, 60_000); // a minute early: nothing
        Assert.Null((await _contracts.LoadAsync(id)).EndOfTermAnnouncedOn);

        App.Clock.Set(AnnounceEndOfTerm.DueAt(timer.EndsOn).AddMinutes(1));
        var tracked = await Host.TrackActivity().Timeout(ContractDriver.TrackingTimeout).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(context => context.InvokeAsync(timer)));
        var announced = tracked.FindSingleTrackedMessageOfType<ContractEvents.EndOfTermApproaching>();
        Assert.Equal(["Return", "Buy", "Renew"], announced.Choices);
        Assert.Equal(12_800m, announced.PurchaseOptionPriceIncludingVat);
        Assert.Equal("GH-123-JK", announced.Registration);
        var task = Assert.Single((await _contracts.LoadAsync(id)).OpenTasks);
        Assert.Equal((TaskKind.EndOfTermChoice, announced.TaskId), (task.Kind, task.TaskId));

        var version = (await _contracts.LoadAsync(id)).Version;
        await Host.InvokeMessageAndWaitAsync(timer, 60_000); // redelivered
        Assert.Equal(version, (await _contracts.LoadAsync(id)).Version);

        await _contracts.CommandAsync(id, "end-of-term-choice", Body(("choice", "Buy"), ("note", "Souhaite garder la voiture")));
        var contract = await _contracts.LoadAsync(id);
        Assert.Equal(EndOfTermChoice.Buy, contract.EndOfTermChoice);
        Assert.Empty(contract.OpenTasks);
    }

    [Fact]
    public async Task A_return_prices_damages_by_the_grid_and_excess_km_issues_the_final_invoice_and_credits_the_days_billed_beyond_it()
    {
        var id = await _contracts.ActiveContractAsync(new OfferSpec(Product: "LLD"), deliveredOn: new DateOnly(2026, 12, 1)); // ends 30/11/2029
        _contracts.SetDay(new DateOnly(2029, 11, 2));
        await _contracts.BillAsync("2029-11"); // catches up the 36 months; November 2029 billed in full
        _contracts.SetDay(new DateOnly(2029, 11, 20));

        var tracked = await _contracts.TrackAsync(() => _contracts.CommandAsync(id, "return", Body(("returnedOn", "2029-11-20"), ("odometerKm", 40_012),
            ("damages", new object[]
            {
                new { zone = "FrontBumper", type = "Scratch", sizeMm = 45, note = "Rayure pare-chocs" },
                new { zone = "RearLeftDoor", type = "Scratch", sizeMm = 20 },
                new { zone = "Interior", type = "NormalWear", sizeMm = 100 },
                new { zone = "Windscreen", type = "Chip", sizeMm = 15, contested = true, contestReason = "Impact présent à la livraison" },
            }),
            ("photos", new[] { Photo("restitution.jpg") }), ("inspector", "Luc Bernard"), ("customerSignatory", "Claire Martin"),
            ("customerAcknowledged", true))));

        var returned = tracked.FindSingleTrackedMessageOfType<ContractEvents.VehicleReturned>();
        // 40 000 km driven for 36 000 allowed: 4 000 km × 0,06 € TTC = 240 € TTC (200 € HT). Damages by the grid: the 45 mm bumper
        // scratch (> 30 mm: 150 € HT) and the 15 mm windscreen chip (> 10 mm: 90 € HT, contested); the 20 mm door scratch is
        // under its 30 mm threshold and normal wear is never charged.
        Assert.Equal((4_000, 200m, 240m, 1), (returned.ExcessKm, returned.ExcessKmChargeExcludingVat, returned.DamageChargeExcludingVat, returned.ContestedLines));
        var invoices = await _contracts.InvoicesAsync(id);
        var final = invoices.Single(i => i.Kind == InvoiceKind.Final);
        Assert.Equal([InvoiceLineKind.ReturnFee, InvoiceLineKind.ExcessKm, InvoiceLineKind.Damage], final.Lines.Select(l => l.Kind).ToArray());
        Assert.Equal(new VatAmounts(150m, 30m, 180m), final.Lines.Single(l => l.Kind == InvoiceLineKind.Damage).Amounts);
        Assert.Equal(new VatAmounts(500m, 100m, 600m), final.Total);
        Assert.Equal(final.Number, invoices.Where(i => i.Kind != InvoiceKind.CreditNote).Max(i => i.Number)); // the last invoice carries the return fee
        Assert.Single(invoices, i => i.Lines.Any(l => l.Kind == InvoiceLineKind.ReturnFee));
        // November was billed to the 30th; the car came back on the 20th: 10 of 30 days credited (143,02 € rent, 13,33 € services).
        var credit = invoices.Single(i => i.Kind == InvoiceKind.CreditNote);
        Assert.Equal(-156.35m, credit.Total.IncludingVat);
        Assert.StartsWith("AV-2029-", credit.Number);
        Assert.Equal(InvoiceIds.RentInvoice(id, "2029-11"), credit.CorrectsInvoiceId);

        var contract = await _contracts.LoadAsync(id);
        Assert.Equal(ContractStatus.Returned, contract.Status);
        Assert.False(contract.IsClosed); // a contested line waits
        var contested = Assert.Single(contract.ContestedLines);
        Assert.True(contested.HeldOutOfFinalInvoice);

        // Another line contested afterwards was on the final invoice: waived, it is credited.
        var bumper = contract.Return!.Assessment.Damages.Single(d => d.Finding.Zone == Leasing.Contracts.Domain.Returns.VehicleZone.FrontBumper);
        await _contracts.CommandAsync(id, "return/contests", Body(("lineId", bumper.LineId), ("reason", "Rayure déjà signalée")));
        await _contracts.CommandAsync(id, "return/contest-decisions", Body(("lineId", bumper.LineId), ("maintained", false), ("note", "Photo de livraison")));
        await _contracts.CommandAsync(id, "return/contest-decisions", Body(("lineId", contested.LineId), ("maintained", true)));

        invoices = await _contracts.InvoicesAsync(id);
        Assert.Equal(new VatAmounts(90m, 18m, 108m), invoices.Single(i => i.Kind == InvoiceKind.Supplementary).Total);
        Assert.Contains(invoices, i => i.Kind == InvoiceKind.CreditNote && i.Total.IncludingVat == -180m);

        // The 14 days to contest run to 04/12: the file closes at the timer after them.
        App.Clock.Set(ContractTimes.After(new DateOnly(2029, 12, 4)).AddHours(1));
        var closed = await Host.TrackActivity().Timeout(ContractDriver.TrackingTimeout).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(context => context.InvokeAsync(new CloseReturnedFile(id))));
        Assert.Equal("Returned", closed.FindSingleTrackedMessageOfType<ContractEvents.ContractClosed>().Outcome);
        Assert.True((await _contracts.LoadAsync(id)).IsClosed);
    }

    [Fact]
    public async Task An_LOA_customer_buys_the_car_at_the_option_price_with_no_excess_km_and_the_contract_closes()
    {
        var id = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 1)); // consumer LOA ending 30/11/2029
        _contracts.SetDay(new DateOnly(2029, 11, 2));
        await _contracts.BillAsync("2029-11");
        await _contracts.CommandAsync(id, "readings", Body(("readOn", "2029-11-02"), ("odometerKm", 52_000), ("source", "Garage")));
        await _contracts.CommandAsync(id, "purchase", Body(), 409); // before the term

        _contracts.SetDay(new DateOnly(2029, 11, 30));
        var tracked = await _contracts.TrackAsync(() => _contracts.CommandAsync(id, "purchase", Body()));

        var bought = tracked.FindSingleTrackedMessageOfType<ContractEvents.PurchaseOptionExercised>();
        Assert.Equal((12_800m, 10_666.67m), (bought.PriceIncludingVat, bought.PriceExcludingVat));
        var sale = (await _contracts.InvoicesAsync(id)).Single(i => i.Kind == InvoiceKind.Sale);
        Assert.Equal(sale.Number, bought.SaleInvoiceNumber);
        Assert.Equal([InvoiceLineKind.VehicleSale], sale.Lines.Select(l => l.Kind).ToArray()); // no excess km although 52 000 km were driven
        Assert.Equal(new VatAmounts(10_666.67m, 2_133.33m, 12_800m), sale.Total);
        Assert.Equal("Purchased", tracked.FindSingleTrackedMessageOfType<ContractEvents.ContractClosed>().Outcome);
        var contract = await _contracts.LoadAsync(id);
        Assert.Equal((ContractStatus.Purchased, true), (contract.Status, contract.IsClosed));
    }
}
