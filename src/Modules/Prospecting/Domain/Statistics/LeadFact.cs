using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Leads;

namespace Leasing.Prospecting.Domain.Statistics;

/// <summary>What the source statistics need of one lead; erased leads keep all of it.</summary>
public sealed record LeadFact(string SourceId, DateTimeOffset CapturedAt, bool AcknowledgedWithinSla, bool Qualified, bool OfferMade, bool Won)
{
    public static LeadFact Of(Lead lead, OpeningHours hours, SlaPolicy sla) => new(
        lead.SourceId, lead.CapturedAt, sla.AcknowledgedWithin(lead, hours), lead.QualifiedAt is not null,
        lead.QuoteIds.Count > 0, lead.Status == LeadStatus.Won);
}
