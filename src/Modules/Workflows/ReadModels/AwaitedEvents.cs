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
        ["ClaimDeclared"] = ("la déclaration du sinistre", "the claim to be declared"),
        ["ClaimTriaged"] = ("l'enregistrement du tri du sinistre", "the claim to be triaged"),
        ["AssistanceDispatched"] = ("l'envoi du dépanneur ou de l'assistance", "towing or assistance to be dispatched"),
        ["ReplacementVehicleGranted"] = ("la mise à disposition du véhicule de remplacement", "the replacement vehicle to be lent"),
        ["ReplacementVehicleReturned"] = ("la restitution du véhicule de remplacement", "the replacement vehicle to be returned"),
        ["ExpertAppointed"] = ("la mission de l'expert", "an expert to be appointed"),
        ["ExpertReportReceived"] = ("la réception du rapport d'expertise", "the expert's report"),
        ["RepairApprovalRequested"] = ("la réception d'un devis au-delà du chiffrage de l'expert", "a quote above the expert's figure"),
        ["RepairApprovalRefused"] = ("la décision de refus du devis", "the quote to be refused"),
        ["RepairAuthorised"] = ("l'autorisation de la réparation", "the repair to be authorised"),
        ["RepairCompleted"] = ("la fin de la réparation", "the repair to be finished"),
        ["VehicleReturnedToDriver"] = ("la restitution du véhicule au conducteur", "the vehicle to be returned to the driver"),
        ["InsurerClaimFiled"] = ("la déclaration à l'assureur", "the claim to be filed with the insurer"),
        ["InsurerSettled"] = ("la réception du règlement de l'assureur", "the insurer's settlement"),
        ["TotalLossContractTerminated"] = ("la résiliation du contrat pour perte totale", "the contract to be terminated for the total loss"),
        ["ClaimClosed"] = ("la clôture du sinistre", "the claim to be closed"),
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
