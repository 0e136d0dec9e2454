using Leasing.Contracts.Domain;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Time;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Termination;

/// <summary>
/// A claim's total loss (or theft) terminates the contract on the loss date: the settlement counts no vehicle value
/// (there is none left) and the insurer's payout is recorded as a payment on the settlement invoice; what remains is
/// the customer's balance. The same claim sent again changes nothing.
/// </summary>
public static class TerminateContractForTotalLossHandler
{
    public static async Task Handle(Integration.TerminateContractForTotalLoss command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        ILogger<Integration.TerminateContractForTotalLoss> logger, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Contract>(command.ContractId, cancellation);
        if (stream.Aggregate is not { } contract) { logger.LogWarning("Total loss for unknown contract {ContractId}", command.ContractId); return; }
        if (contract.Termination?.ClaimId == command.ClaimId) return;
        var reason = Enum.TryParse<TerminationReason>(command.Reason, true, out var parsed) && parsed is TerminationReason.Theft
            ? TerminationReason.Theft : TerminationReason.TotalLoss;
        var on = command.LossOn > clock.Today() ? clock.Today() : command.LossOn;
        var context = await SettlementContext.LoadAsync(session, contract.Id, cancellation);
        if (contract.Status != ContractStatus.Active || context is null || on < contract.StartsOn || on > contract.EndsOn
            || contract.Terms.IsConsumerCredit && context.Input(contract, on, 0m).D31218AnnualRatePercent is null)
        {
            logger.LogWarning("Total loss of claim {ClaimId} cannot terminate contract {Number} ({Status})", command.ClaimId, contract.Number, contract.Status);
            return;
        }
        var change = ContractTermination.Decide(contract, context, on, reason, 0m, command.ClaimId, Math.Max(0m, command.InsurancePayout),
            command.RequestedBy, clock.Today(), clock.GetUtcNow());
        session.LastModifiedBy = $"system:claims ({command.RequestedBy})";
        stream.AppendMany(change.Events.ToArray());
        await ContractStream.CarryOutAsync(session, bus, change, cancellation);
    }
}
