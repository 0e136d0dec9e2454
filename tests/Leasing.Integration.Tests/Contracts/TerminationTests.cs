using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Domain.Termination;
using Leasing.Offers.IntegrationEvents;
using Leasing.Testing;
using Marten;
using Wolverine.Tracking;
using static Leasing.Integration.Tests.Contracts.ContractDriver;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Integration.Tests.Contracts;

public sealed class TerminationTests(LeasingApp app) : IntegrationTest(app)
{
    private readonly ContractDriver _contracts = new(app);
    private static readonly OfferSpec Business = new(Product: "LLD", CustomerType: "Business", CompanyId: "SIREN-552100554", CustomerName: "Transports Rhône");

    /// <summary>
    /// The D.312-18 worked example. The seed's consumer LOA (seed 002): a 24 800 € TTC car, 36 rents of 429,06 € TTC
    /// (357,55 € HT), purchase option 12 800 € TTC (10 666,67 € HT). Signed on 23/11/2026 and delivered on 01/12/2026,
    /// so its 36 months are whole calendar months, December 2026 to November 2029.
    /// The customer defaults; the lessor terminates on 15/06/2028. June 2028, the 19th rent, is due (every month started
    /// is); the 17 rents of July 2028 to November 2029 are "non encore échus".
    /// Reference rate: the TMO of the half-year before the signature (2026-S1, 3,00 % in the settings) × 1,5 = 4,50 %.
    /// "Méthode des intérêts composés": a rent due in t months is worth rent × 1,045^(−t/12), i.e. monthly compounding at
    /// q = 1,045^(1/12) − 1 = 0,36748094 %: 357,55 × 0,9963386 = 356,24 for July (t = 1) down to 357,55 × 0,9395472 = 335,94
    /// for November 2029 (t = 17); each rounded to the cent, the 17 make 5 881,92 € HT.
    /// The returned car is sold 12 000 € HT (its net sale value).
    /// Indemnity = 10 666,67 (residual value HT) + 5 881,92 (discounted rents) − 12 000 (net sale value) = 4 548,59 € HT,
    /// invoiced with 20 % VAT: 909,72, so 5 458,31 € TTC.
    /// </summary>
    [Fact]
    public async Task A_consumer_LOA_terminated_early_owes_the_D312_18_indemnity_computed_by_compound_discounting()
    {
        var id = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 1));
        _contracts.SetDay(new DateOnly(2028, 6, 2));
        await _contracts.BillAsync("2028-06"); // one run catches up December 2026 to June 2028: 19 invoices
        _contracts.SetDay(new DateOnly(2028, 6, 15));

        var quote = await _contracts.GetAsync<SettlementQuote>($"/api/contracts/{id}/settlement?on=2028-06-15&vehicleValue=12000");

        Assert.Equal(SettlementMethod.ConsumerCreditD31218, quote.Method);
        Assert.Equal((4.5m, "Actuarial"), (quote.AnnualDiscountRatePercent, quote.DiscountConvention));
        Assert.Equal(17, quote.RentsNotYetDue);
        Assert.Equal((new DateOnly(2028, 7, 1), 1, 357.55m, 356.24m), (quote.Rents[0].PeriodStart, quote.Rents[0].MonthsAhead, quote.Rents[0].RentExcludingVat,
            quote.Rents[0].PresentValue));
        Assert.Equal((new DateOnly(2029, 11, 1), 17, 335.94m), (quote.Rents[^1].PeriodStart, quote.Rents[^1].MonthsAhead, quote.Rents[^1].PresentValue));
        Assert.Equal(0.9963386m, Math.Round(quote.Rents[0].DiscountFactor, 7));
        Assert.Equal(5_881.92m, quote.DiscountedRentsExcludingVat);
        Assert.Equal(10_666.67m, quote.ResidualValueCountedExcludingVat); // not discounted under D.312-18
        Assert.Equal(0m, quote.FeesExcludingVat); // no fee beyond the statutory indemnity
        Assert.Equal(4_548.59m, quote.IndemnityExcludingVat);
        Assert.Equal(new VatAmounts(4_548.59m, 909.72m, 5_458.31m), quote.Indemnity);
        Assert.Equal(0m, quote.UnbilledRentIncludingVat); // June is invoiced already
        Assert.Contains("D.312-18", quote.DiscountMethod);

        var tracked = await _contracts.TrackAsync(() => _contracts.CommandAsync(id, "termination",
            Body(("on", "2028-06-15"), ("reason", "PaymentDefault"), ("vehicleValue", 12_000m))));
        var terminated = tracked.FindSingleTrackedMessageOfType<ContractEvents.ContractTerminated>();
        Assert.Equal(("PaymentDefault", 5_458.31m, 5_458.31m), (terminated.Reason, terminated.SettlementAmount, terminated.BalanceDue));
        var settlement = (await _contracts.InvoicesAsync(id)).Single(i => i.Kind == InvoiceKind.Settlement);
        Assert.Equal("Indemnité de résiliation anticipée (art. D.312-18 du Code de la consommation)", Assert.Single(settlement.Lines).Label);
        var contract = await _contracts.LoadAsync(id);
        Assert.Equal((ContractStatus.Terminated, ClosingOutcome.Terminated), (contract.Status, contract.Outcome));

        _contracts.SetDay(new DateOnly(2028, 7, 1));
        Assert.Equal(0, (await _contracts.BillAsync("2028-07")).Issued); // billing stopped
    }

    [Fact]
    public async Task An_LLD_settlement_is_the_capital_still_owed_less_the_market_value_plus_the_fee()
    {
        var id = await _contracts.ActiveContractAsync(Business, deliveredOn: new DateOnly(2026, 12, 1));
        _contracts.SetDay(new DateOnly(2028, 6, 15)); // June 2028 not invoiced yet: the settlement bills it (19th month)

        var quote = await _contracts.GetAsync<SettlementQuote>($"/api/contracts/{id}/settlement?on=2028-06-15&vehicleValue=14000");

        Assert.Equal((SettlementMethod.Contractual, 6m, "Proportional"), (quote.Method, quote.AnnualDiscountRatePercent, quote.DiscountConvention));
        Assert.Equal(17, quote.RentsNotYetDue);
        // The 17 rents and the residual value discounted at the contract's 0,5 % a month are the balance the schedule still
        // owes after 19 rents (the Offers engine's figure), within the rounding of the rent to 429,06 €.
        var balance = ContractPricing.OutstandingBalance(Business.Terms, 19);
        Assert.InRange(quote.DiscountedRentsExcludingVat + quote.ResidualValueCountedExcludingVat, balance - 0.10m, balance + 0.10m);
        Assert.Equal((6_975.93m, 11_759.45m), (quote.DiscountedRentsExcludingVat, quote.ResidualValueCountedExcludingVat));
        Assert.Equal(300m, quote.FeesExcludingVat);
        Assert.Equal(6_975.93m + 11_759.45m + 300m - 14_000m, quote.IndemnityExcludingVat);
        Assert.True(quote.UnbilledRentIncludingVat > 0m);

        await _contracts.CommandAsync(id, "termination", Body(("on", "2028-06-15"), ("reason", "CustomerRequest"), ("vehicleValue", 14_000m)));
        var invoice = (await _contracts.InvoicesAsync(id)).Single(i => i.Kind == InvoiceKind.Settlement);
        Assert.Contains(invoice.Lines, l => l.Kind == InvoiceLineKind.Rent && l.Label.Contains("01/06/2028"));
        Assert.Equal(new VatAmounts(5_035.38m, 1_007.08m, 6_042.46m), invoice.Lines.Single(l => l.Kind == InvoiceLineKind.Settlement).Amounts);
    }

    [Fact]
    public async Task A_bad_termination_date_is_a_400_naming_it_and_nothing_is_stored()
    {
        var id = await _contracts.ActiveContractAsync(Business, deliveredOn: new DateOnly(2026, 12, 1));
        _contracts.SetDay(new DateOnly(2027, 3, 1));
        await _contracts.TokenAsync("backoffice"); // signing in is an event of its own
        var before = await _contracts.EventCountAsync();
        var problem = await _contracts.CommandAsync(id, "termination", Body(("on", "2031-01-01"), ("reason", "CustomerRequest"), ("vehicleValue", 1m)), 400);
        Assert.Equal(["on"], ErrorFields(problem));
        var missing = await _contracts.CommandAsync(id, "termination", Body(("reason", "TotalLoss")), 400);
        Assert.Equal(["on", "reason", "vehicleValue"], ErrorFields(missing).Order().ToArray());
        Assert.Equal(before, await _contracts.EventCountAsync());
    }

    [Fact]
    public async Task A_claims_total_loss_terminates_the_contract_with_the_insurers_payout_counted_once()
    {
        var id = await _contracts.ActiveContractAsync(Business, deliveredOn: new DateOnly(2026, 12, 1));
        _contracts.SetDay(new DateOnly(2027, 6, 1));
        await _contracts.BillAsync("2027-06");
        _contracts.SetDay(new DateOnly(2027, 6, 20));
        var claimId = Guid.CreateVersion7();
        var command = new ContractEvents.TerminateContractForTotalLoss(id, claimId, 15_000m, new DateOnly(2027, 6, 12), "TotalLoss", "claims");

        var tracked = await Host.TrackActivity().Timeout(ContractDriver.TrackingTimeout).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(context => context.SendAsync(command).AsTask()));

        var terminated = tracked.FindSingleTrackedMessageOfType<ContractEvents.ContractTerminated>();
        Assert.Equal(("TotalLoss", claimId, new DateOnly(2027, 6, 12), 15_000m), (terminated.Reason, terminated.ClaimId, terminated.TerminatedOn, terminated.InsurancePayout));
        var invoice = (await _contracts.InvoicesAsync(id)).Single(i => i.Kind == InvoiceKind.Settlement);
        Assert.Equal(terminated.SettlementAmount, invoice.Total.ExcludingVat);
        Assert.Equal(15_000m, Assert.Single(invoice.Payments).Amount);
        Assert.Equal(invoice.Total.IncludingVat - 15_000m, terminated.BalanceDue);
        Assert.Equal(invoice.Balance, terminated.BalanceDue);
        Assert.Equal(ContractStatus.Terminated, (await _contracts.LoadAsync(id)).Status);

        var events = await _contracts.EventCountAsync();
        await Host.InvokeMessageAndWaitAsync(command, 60_000); // the same claim again
        Assert.Equal(events, await _contracts.EventCountAsync());
    }
}
