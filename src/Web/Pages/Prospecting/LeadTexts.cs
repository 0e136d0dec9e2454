using Leasing.Prospecting.Domain.Leads;
using Leasing.Web.Shared;

namespace Leasing.Web.Pages.Prospecting;

public static class LeadTexts
{
    public static string Status(LeadStatus status) => status switch
    {
        LeadStatus.New => L.T("Nouveau", "New"),
        LeadStatus.Acknowledged => L.T("Pris en charge", "Acknowledged"),
        LeadStatus.Qualified => L.T("Qualifié", "Qualified"),
        LeadStatus.AppointmentSet => L.T("RDV fixé", "Appointment set"),
        LeadStatus.OfferMade => L.T("Offre faite", "Offer made"),
        LeadStatus.Won => L.T("Gagné", "Won"),
        LeadStatus.Lost => L.T("Perdu", "Lost"),
        _ => L.T("Expiré", "Expired"),
    };
}
