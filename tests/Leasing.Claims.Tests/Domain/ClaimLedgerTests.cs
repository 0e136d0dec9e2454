using Leasing.Claims.Domain;
using Leasing.Claims.Features;
using Integration = Leasing.Claims.IntegrationEvents;

namespace Leasing.Claims.Tests.Domain;

public sealed class ClaimLedgerTests
{
    private static readonly DateTimeOffset Later = Claims.Monday.AddDays(5);

    [Fact]
    public void A_repaired_claim_balances_invoices_against_the_payout_and_the_customer_s_deductible()
    {
        var claim = Claims.Opened().Reported(2000m).With(
            new RepairAuthorisationGiven(Guid.Empty, "Garage du Centre", 1800m, false, null, true, Later),
            new InvoiceReceived(Guid.Empty, new ClaimInvoice(Guid.NewGuid(), InvoiceKind.Repair, "Garage du Centre", "F1", 1800m, Later)),
            new InvoiceReceived(Guid.Empty, new ClaimInvoice(Guid.NewGuid(), InvoiceKind.Towing, "Dépannage 75", "D9", 180m, Later)),
            new InsurerClaimLodged(Guid.Empty, "Allianz", "A1", "RearEnd", "Striking", 100, 100, Later),
            new InsurerPaid(Guid.Empty, 1680m, 100, 300m, Later));

        var ledger = claim.Ledger;

        Assert.Equal((2000m, 1800m, 1980m, 1800m), (ledger.ExpertFigure!.Value, ledger.AuthorisedAmount!.Value, ledger.Invoiced, ledger.RepairInvoiced));
        Assert.Equal((1980m, 1980m, 0m), (ledger.Costs, ledger.Recovered, ledger.Balance));
        Assert.Equal(1500m, ledger.ExpectedPayout);
    }

    [Fact]
    public void A_total_loss_counts_the_vehicle_s_value_as_the_cost_the_payout_and_deductible_recover()
    {
        var claim = Claims.Opened(ClaimKind.SingleVehicle, Claims.Coverage(deductible: 500m)).Reported(14000m, totalLoss: true, value: 12000m).With(
            new InsurerClaimLodged(Guid.Empty, "Allianz", "A1", null, null, 100, 100, Later));
        claim = claim.Events(RecordInsurerSettlementEndpoint.Decide(claim, new RecordInsurerSettlement(11500m, null, 1), "claims", Later));

        Assert.Equal((12000m, 12000m, 500m, 0m), (claim.Ledger.VehicleLoss, claim.Ledger.Costs, claim.Ledger.DeductibleCharged, claim.Ledger.Balance));
        Assert.NotNull(claim.TerminationRequestedAt);
    }

    [Fact]
    public void Settling_a_total_loss_asks_Contracts_to_end_the_contract_with_the_payout_a_theft_says_so()
    {
        var claim = Claims.Opened(ClaimKind.Theft).Reported(0m, totalLoss: true, value: 9000m)
            .With(new InsurerClaimLodged(Guid.Empty, "Allianz", "A1", null, null, 0, 100, Later));

        var decision = RecordInsurerSettlementEndpoint.Decide(claim, new RecordInsurerSettlement(8700m, null, 1), "claims", Later);

        var command = Assert.Single(decision.Messages.OfType<Contracts.IntegrationEvents.TerminateContractForTotalLoss>());
        Assert.Equal((claim.ContractId, claim.Id, 8700m, "Theft", new DateOnly(2026, 11, 23), "claims"),
            (command.ContractId, command.ClaimId, command.InsurancePayout, command.Reason, command.LossOn, command.RequestedBy));
        Assert.Equal(300m, Assert.Single(decision.Messages.OfType<Integration.InsurerSettled>()).DeductibleCharged);
    }

    [Fact]
    public void A_repair_settlement_sends_no_termination()
    {
        var claim = Claims.Opened().Reported(1000m).With(new InsurerClaimLodged(Guid.Empty, "Allianz", "A1", "Parked", "Parked", 0, 0, Later));
        var decision = RecordInsurerSettlementEndpoint.Decide(claim, new RecordInsurerSettlement(1000m, null, 1), "claims", Later);
        Assert.Empty(decision.Messages.OfType<Contracts.IntegrationEvents.TerminateContractForTotalLoss>());
        Assert.Equal(0m, decision.Messages.OfType<Integration.InsurerSettled>().Single().DeductibleCharged);
    }
}
