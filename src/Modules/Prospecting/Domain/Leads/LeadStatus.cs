namespace Leasing.Prospecting.Domain.Leads;

/// <summary>Where a lead stands, from arrival to its outcome. Won, lost and expired are final.</summary>
public enum LeadStatus { New, Acknowledged, Qualified, AppointmentSet, OfferMade, Won, Lost, Expired }

public static class LeadStatuses
{
    public static bool IsOpen(this LeadStatus status) => status is not (LeadStatus.Won or LeadStatus.Lost or LeadStatus.Expired);
}
