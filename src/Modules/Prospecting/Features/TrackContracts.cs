using Leasing.Prospecting.Domain.Leads;
using Marten;
using ContractsEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Prospecting.Features;

/// <summary>
/// The Contracts module's <c>ContractSigned</c> for a lead's quote wins the lead: the sale the lead was for is made.
/// A lead already closed, or whose quote was not offered on it, keeps its state; a redelivered message changes nothing.
/// </summary>
public static class ContractSignedHandler
{
    public static async Task Handle(ContractsEvents.ContractSigned signed, IDocumentSession session, CancellationToken cancellation)
    {
        if (signed.LeadId is not { } leadId) return;
        var stream = await session.Events.FetchForWriting<Lead>(leadId, cancellation);
        if (stream.Aggregate is not { } lead || lead.ContractId == signed.ContractId) return;
        var decision = LeadDecider.Win(lead, signed.QuoteId, signed.ContractId, signed.SignedAt);
        if (decision.Refusal is not null) return;
        session.LastModifiedBy = "system:contracts";
        stream.AppendMany(decision.Events.ToArray());
    }
}
