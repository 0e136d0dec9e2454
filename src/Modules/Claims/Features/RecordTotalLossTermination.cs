using Leasing.Claims.Domain;
using Marten;
using Wolverine;
using ContractEvents = Leasing.Contracts.IntegrationEvents;
using Integration = Leasing.Claims.IntegrationEvents;

namespace Leasing.Claims.Features;

/// <summary>
/// Contracts' answer to <c>TerminateContractForTotalLoss</c>: the contract ended early for this claim. Recorded once on
/// the claim (a redelivered event changes nothing); a termination for another reason concerns the vehicle list only.
/// Called by the one handler of <c>ContractTerminated</c>, so the vehicle and the claim change in one transaction.
/// </summary>
internal static class TotalLossTermination
{
    public static async Task RecordAsync(ContractEvents.ContractTerminated e, IDocumentSession session, IMessageContext context, CancellationToken cancellation)
    {
        if (e.ClaimId is not { } claimId) return;
        var stream = await session.Events.FetchForWriting<Claim>(claimId, cancellation);
        if (stream.Aggregate is not { ContractTerminatedOn: null } claim || claim.ContractId != e.ContractId) return;
        if (string.IsNullOrEmpty(session.LastModifiedBy)) session.LastModifiedBy = "system:contracts";
        stream.AppendOne(new ContractTerminatedAfterLoss(claimId, e.TerminatedOn, e.BalanceDue, e.TerminatedAt));
        await context.PublishAsync(new Integration.TotalLossContractTerminated(claimId, e.ContractId, e.TerminatedOn, e.BalanceDue, e.TerminatedAt));
    }
}
