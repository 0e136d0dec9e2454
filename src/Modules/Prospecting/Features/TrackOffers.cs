using Leasing.Prospecting.Domain.Leads;
using Marten;
using OffersEvents = Leasing.Offers.IntegrationEvents;

namespace Leasing.Prospecting.Features;

/// <summary>
/// The Offers module's <c>QuoteSent</c> for a lead moves the lead to "offer made" (a lead can have several quotes; each
/// is recorded once). A redelivered message changes nothing.
/// </summary>
public static class QuoteSentHandler
{
    public static async Task Handle(OffersEvents.QuoteSent sent, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        if (sent.LeadId is not { } leadId) return;
        var stream = await session.Events.FetchForWriting<Lead>(leadId, cancellation);
        if (stream.Aggregate is not { } lead || lead.QuoteIds.Contains(sent.QuoteId)) return;
        var decision = LeadDecider.MakeOffer(lead, sent.QuoteId, sent.SentAt);
        if (decision.Refusal is not null) return; // a closed lead keeps its outcome
        session.LastModifiedBy = "system:offers";
        stream.AppendMany(decision.Events.ToArray());
    }
}
