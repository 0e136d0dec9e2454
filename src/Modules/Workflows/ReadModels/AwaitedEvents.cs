namespace Leasing.Workflows.ReadModels;

/// <summary>The integration events workflows wait for, in the words of the people who follow a case. Others show their type name.</summary>
public static class AwaitedEvents
{
    private static readonly Dictionary<string, (string French, string English)> Words = new(StringComparer.Ordinal)
    {
        ["LeadCaptured"] = ("l'arrivée du lead", "the lead to arrive"),
        ["LeadQualified"] = ("la qualification du lead", "the lead to be qualified"),
        ["LeadLost"] = ("la perte éventuelle du lead", "the lead being lost, if it is"),
        ["LeadWon"] = ("le gain du lead", "the lead to be won"),
        ["VisitScheduled"] = ("la prise d'un rendez-vous en concession", "a dealership visit to be booked"),
        ["QuoteSent"] = ("l'envoi d'une offre", "an offer to be sent"),
        ["QuoteAccepted"] = ("l'acceptation de l'offre", "the offer to be accepted"),
        ["ContractSigned"] = ("la signature du contrat", "the contract to be signed"),
        ["VehicleDelivered"] = ("la livraison du véhicule", "the vehicle to be delivered"),
        ["ContractFileOpened"] = ("l'ouverture du dossier de contrat", "the contract file to be opened"),
        ["FinancingDecided"] = ("la décision de financement", "the financing decision"),
        ["WithdrawalPeriodEnded"] = ("la fin du délai de rétractation", "the withdrawal period to end"),
        ["VehicleOrdered"] = ("la commande du véhicule", "the vehicle to be ordered"),
        ["VehiclePrepared"] = ("la préparation du véhicule", "the vehicle to be prepared"),
        ["EndOfTermApproaching"] = ("l'approche de la fin du contrat", "the end of the contract to approach"),
        ["VehicleReturned"] = ("la restitution du véhicule", "the vehicle to be returned"),
        ["ContractClosed"] = ("la clôture du contrat", "the contract to be closed"),
    };

    public static string French(string eventType) => Words.TryGetValue(eventType, out var words) ? words.French : $"l'événement {eventType}";

    public static string English(string eventType) => Words.TryGetValue(eventType, out var words) ? words.English : $"the event {eventType}";
}
