using Leasing.Prospecting.Domain.Leads;
using Marten;
using Microsoft.Extensions.Logging;
using Integration = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Prospecting.Features;

/// <summary>A follow-up asked by another module. A closed or erased lead, or a due time already past, is left as it is and logged.</summary>
public static class RequestLeadFollowUpHandler
{
    public static async Task Handle(Integration.RequestLeadFollowUp request, IDocumentSession session, TimeProvider clock,
        ILogger<Integration.RequestLeadFollowUp> logger, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Lead>(request.LeadId, cancellation);
        if (stream.Aggregate is not { } lead)
        {
            logger.LogWarning("Follow-up requested by {RequestedBy} for an unknown lead {LeadId}.", request.RequestedBy, request.LeadId);
            return;
        }
        var decision = LeadDecider.ScheduleFollowUp(lead, new FollowUp(Guid.CreateVersion7(), request.DueAt, request.Note), clock.GetUtcNow());
        if (decision.Refusal is not null)
        {
            logger.LogInformation("Follow-up requested by {RequestedBy} for lead {LeadId} not scheduled: {Reason}", request.RequestedBy, request.LeadId,
                decision.Refusal.Detail ?? decision.Refusal.Title);
            return;
        }
        session.LastModifiedBy = request.RequestedBy;
        stream.AppendMany(decision.Events.ToArray());
    }
}
