namespace Leasing.Prospecting.Domain.Leads;

/// <summary>
/// The lead's state machine: which status may follow which. Every decision of <see cref="LeadDecider"/> only emits
/// events whose status change is listed here; a lead never goes back (an appointment or an offer may repeat).
/// </summary>
public static class LeadTransitions
{
    private static readonly LeadStatus[] Closing = [LeadStatus.Lost, LeadStatus.Expired];

    private static readonly IReadOnlyDictionary<LeadStatus, LeadStatus[]> Next = new Dictionary<LeadStatus, LeadStatus[]>
    {
        [LeadStatus.New] = [LeadStatus.Acknowledged, .. Closing],
        [LeadStatus.Acknowledged] = [LeadStatus.Qualified, .. Closing],
        [LeadStatus.Qualified] = [LeadStatus.AppointmentSet, LeadStatus.OfferMade, .. Closing],
        [LeadStatus.AppointmentSet] = [LeadStatus.AppointmentSet, LeadStatus.OfferMade, .. Closing],
        // A contract is signed on an offer, so only a lead with an offer can be won.
        [LeadStatus.OfferMade] = [LeadStatus.OfferMade, LeadStatus.Won, .. Closing],
        [LeadStatus.Won] = [],
        [LeadStatus.Lost] = [],
        [LeadStatus.Expired] = [],
    };

    public static bool IsAllowed(LeadStatus from, LeadStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<LeadStatus> From(LeadStatus status) => Next[status];

    /// <summary>The statuses from which a lead can reach <paramref name="target"/> in one step.</summary>
    public static LeadStatus[] Into(LeadStatus target) => Next.Where(n => n.Value.Contains(target)).Select(n => n.Key).ToArray();
}
