using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.Statistics;
using Marten.Events.Aggregation;

namespace Leasing.Prospecting.ReadModels;

/// <summary>
/// What the source statistics keep of one lead: no personal data, so an erasure leaves it whole and the counts stay.
/// Whether it was acknowledged within the SLA is worked out when read, with its point of sale's calendar of the day.
/// </summary>
public sealed record LeadStatisticsRow(Guid Id, string SourceId, Guid PointOfSaleId, DateTimeOffset CapturedAt, DateTimeOffset? AcknowledgedAt = null,
    bool Qualified = false, bool OfferMade = false, bool Won = false)
{
    public LeadFact ToFact(OpeningHours hours, SlaPolicy sla) =>
        new(SourceId, CapturedAt, sla.AcknowledgedWithin(CapturedAt, AcknowledgedAt, hours), Qualified, OfferMade, Won);
}

/// <summary>
/// The statistics' read model, kept by the async daemon rather than in the writer's transaction: capturing and working
/// leads never waits for it, and a year's report reads one small row per lead instead of every lead's whole history.
/// </summary>
public sealed class LeadStatisticsProjection : SingleStreamProjection<LeadStatisticsRow, Guid>
{
    public static LeadStatisticsRow Create(LeadCaptured e) => new(e.LeadId, e.Intake.SourceId, e.Intake.PointOfSaleId, e.At);

    public static LeadStatisticsRow Apply(LeadAcknowledged e, LeadStatisticsRow row) => row with { AcknowledgedAt = row.AcknowledgedAt ?? e.At };

    public static LeadStatisticsRow Apply(LeadQualified e, LeadStatisticsRow row) => row with { Qualified = true };

    public static LeadStatisticsRow Apply(OfferMade e, LeadStatisticsRow row) => row with { OfferMade = true };

    public static LeadStatisticsRow Apply(LeadWon e, LeadStatisticsRow row) => row with { Won = true };
}
