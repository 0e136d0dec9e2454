using Leasing.Prospecting.Domain.Leads;
using Marten;

namespace Leasing.Prospecting.Features;

/// <summary>An SLA timer of a lead: not acknowledged 20 minutes, or not qualified 4 hours, in opening hours, after capture.</summary>
public sealed record CheckLeadSla(Guid LeadId, SlaKind Kind, DateTimeOffset DueAt);

public static class CheckLeadSlaHandler
{
    /// <summary>Records the breach (an alert for the sales manager) unless the lead has moved on; then it does nothing.</summary>
    public static async Task Handle(CheckLeadSla timer, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Lead>(timer.LeadId, cancellation);
        if (stream.Aggregate is null) return;
        var decision = LeadDecider.RecordSlaBreach(stream.Aggregate, timer.Kind, timer.DueAt, clock.GetUtcNow());
        if (decision.Events.Count == 0) return;
        session.LastModifiedBy = "system:lead-sla";
        stream.AppendMany(decision.Events.ToArray());
    }
}
