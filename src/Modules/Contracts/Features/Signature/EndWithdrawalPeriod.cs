using Leasing.Contracts.Domain;
using Leasing.Kernel.Time;
using Marten;
using Wolverine;
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Signature;

/// <summary>The withdrawal timer: due at the midnight after the period's last day.</summary>
public sealed record EndWithdrawalPeriod(Guid ContractId, DateOnly LastDay);

public static class EndWithdrawalPeriodHandler
{
    /// <summary>Makes the contract firm unless it has moved on (withdrawn) or the period is not over yet; a redelivery does nothing.</summary>
    public static async Task Handle(EndWithdrawalPeriod timer, IDocumentSession session, IMessageBus bus, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Contract>(timer.ContractId, cancellation);
        if (stream.Aggregate is not { Status: ContractStatus.Signed } contract || contract.WithdrawalEndsOn != timer.LastDay) return;
        if (clock.Today() <= timer.LastDay) return;
        session.LastModifiedBy = "system:withdrawal-period";
        var now = clock.GetUtcNow();
        stream.AppendOne(new WithdrawalPeriodExpired(contract.Id, timer.LastDay, now));
        await bus.PublishAsync(new Integration.WithdrawalPeriodEnded(contract.Id, contract.Number, contract.QuoteId, contract.LeadId, timer.LastDay, now));
    }
}
