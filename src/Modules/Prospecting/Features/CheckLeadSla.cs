using Leasing.Prospecting.Domain.Leads;
using Marten;

namespace Leasing.Prospecting.Features;

/// <summary>An SLA timer of a lead: not acknowledged 20 minutes, or not qualified 4 hours, in opening hours, after capture.</summary>
public sealed record CheckLeadSla(Guid LeadId, SlaKind Kind, DateTimeOffset DueAt);

public static class CheckLeadSlaHandler
{
    /// <summary>
    /// Records the breach (an alert for the sales manager) unless the lead has moved on, in which case it does nothing.
    /// A lead nobody took in time also goes to the least loaded other available advisor of its point of sale.
    /// </summary>
    public static async Task Handle(CheckLeadSla timer, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Lead>(timer.LeadId, cancellation);
        if (stream.Aggregate is not { } lead) return;
        var now = clock.GetUtcNow();
        var decision = LeadDecider.RecordSlaBreach(lead, timer.Kind, timer.DueAt, now);
        if (decision.Events.Count == 0) return;
        session.LastModifiedBy = "system:lead-sla";
        stream.AppendMany(decision.Events.ToArray());

        if (timer.Kind != SlaKind.Acknowledgement) return;
        var pointOfSale = await session.LoadAsync<Domain.PointsOfSale.PointOfSale>(lead.PointOfSaleId, cancellation);
        if (pointOfSale is null || await LeadCapturing.ChooseReplacementAsync(pointOfSale, lead.AdvisorId, session, cancellation) is not { } replacement) return;
        stream.AppendMany(LeadDecider.Assign(lead, replacement, Domain.Routing.RoutingStrategy.LowestOpenLoad,
            "Not acknowledged within the SLA", now).Events.ToArray());
    }
}
