using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Domain.Financing;
using Leasing.Contracts.Domain.Returns;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Web.Shared;

namespace Leasing.Web.Pages.Contracts;

/// <summary>The contract pages' names for statuses, kinds and events, French first.</summary>
public static class ContractTexts
{
    public static string Status(ContractStatus status) => status switch
    {
        ContractStatus.FinancingStudy => L.T("Étude du financement", "Financing study"),
        ContractStatus.AwaitingConditions => L.T("Conditions à remplir", "Awaiting conditions"),
        ContractStatus.AwaitingSignature => L.T("À signer", "Awaiting signature"),
        ContractStatus.Refused => L.T("Refusé", "Refused"),
        ContractStatus.Signed => L.T("Signé (rétractation)", "Signed (withdrawal period)"),
        ContractStatus.Withdrawn => L.T("Rétracté", "Withdrawn"),
        ContractStatus.ReadyToOrder => L.T("À commander", "Ready to order"),
        ContractStatus.VehicleOrdered => L.T("Véhicule commandé", "Vehicle ordered"),
        ContractStatus.VehiclePrepared => L.T("Véhicule préparé", "Vehicle prepared"),
        ContractStatus.Active => L.T("En cours", "Active"),
        ContractStatus.Terminated => L.T("Résilié", "Terminated"),
        ContractStatus.Returned => L.T("Restitué", "Returned"),
        _ => L.T("Véhicule acheté", "Vehicle purchased"),
    };

    public static string Document(DocumentKind kind) => kind switch
    {
        DocumentKind.Identity => L.T("Pièce d'identité", "Identity"),
        DocumentKind.ProofOfAddress => L.T("Justificatif de domicile", "Proof of address"),
        DocumentKind.ProofOfIncome => L.T("Justificatif de revenus", "Proof of income"),
        DocumentKind.BankDetails => L.T("RIB et mandat SEPA", "Bank details and SEPA mandate"),
        DocumentKind.CompanyRegistration => L.T("Extrait Kbis", "Company registration"),
        _ => L.T("Acte de cautionnement", "Guarantor commitment"),
    };

    public static string Proposal(FinancingProposal proposal) => proposal switch
    {
        FinancingProposal.Approve => L.T("Accord", "Approve"),
        FinancingProposal.ApproveWithConditions => L.T("Accord sous conditions", "Approve with conditions"),
        _ => L.T("Refus", "Refuse"),
    };

    public static string Task(TaskKind kind) => kind switch
    {
        TaskKind.FinancingDecision => L.T("Décision de financement", "Financing decision"),
        TaskKind.Dunning => L.T("Relance", "Dunning"),
        TaskKind.MileageAlert => L.T("Alerte kilométrage", "Mileage alert"),
        TaskKind.FleetMileageAlert => L.T("Alerte kilométrage (gestionnaire de parc)", "Mileage alert (fleet manager)"),
        TaskKind.EndOfTermChoice => L.T("Fin de contrat", "End of term"),
        _ => L.T("Ligne contestée", "Contested line"),
    };

    public static string Invoice(InvoiceKind kind) => kind switch
    {
        InvoiceKind.Rent => L.T("Loyer", "Rent"),
        InvoiceKind.Final => L.T("Facture de fin de contrat", "Final invoice"),
        InvoiceKind.Settlement => L.T("Solde de résiliation", "Settlement"),
        InvoiceKind.Sale => L.T("Vente du véhicule", "Vehicle sale"),
        InvoiceKind.Supplementary => L.T("Facture complémentaire", "Supplementary invoice"),
        _ => L.T("Avoir", "Credit note"),
    };

    public static string InvoiceStatus(Leasing.Contracts.Domain.Billing.InvoiceStatus status) => status switch
    {
        Leasing.Contracts.Domain.Billing.InvoiceStatus.Open => L.T("À payer", "Open"),
        Leasing.Contracts.Domain.Billing.InvoiceStatus.PartiallyPaid => L.T("Partiellement payée", "Partially paid"),
        Leasing.Contracts.Domain.Billing.InvoiceStatus.Paid => L.T("Payée", "Paid"),
        _ => L.T("Avoir", "Credit"),
    };

    public static string Zone(VehicleZone zone) => L.English ? zone.ToString() : Leasing.Contracts.Features.Returns.ReturnInputs.ZoneLabel(zone);

    public static string Damage(DamageType type) => type switch
    {
        DamageType.Scratch => L.T("Rayure", "Scratch"),
        DamageType.Dent => L.T("Bosse", "Dent"),
        DamageType.Chip => L.T("Éclat / impact", "Chip"),
        DamageType.Crack => L.T("Fissure / casse", "Crack"),
        DamageType.Scuff => L.T("Frottement", "Scuff"),
        DamageType.Tear => L.T("Déchirure", "Tear"),
        DamageType.Stain => L.T("Tache", "Stain"),
        DamageType.Missing => L.T("Manquant", "Missing"),
        _ => L.T("Usure normale", "Normal wear"),
    };

    /// <summary>One line of the contract's timeline for a stored event.</summary>
    public static string Event(object data) => data switch
    {
        ContractOpened e => L.T($"Dossier ouvert depuis l'offre {e.QuoteNumber}", $"File opened from offer {e.QuoteNumber}"),
        FinancingDocumentReceived e => L.T($"Pièce reçue : {Document(e.Kind)} ({e.Reference})", $"Document received: {Document(e.Kind)} ({e.Reference})"),
        FinancingDocumentRejected e => L.T($"Pièce refusée : {Document(e.Kind)} — {e.Reason}", $"Document rejected: {Document(e.Kind)} — {e.Reason}"),
        ApplicantFinancesRecorded => L.T("Situation financière saisie", "Applicant finances recorded"),
        FinancingFileScored e => L.T($"Score {e.Score.Score} : proposition {Proposal(e.Score.Proposal)}", $"Score {e.Score.Score}: proposal {Proposal(e.Score.Proposal)}"),
        CreditDecisionRecorded e => L.T($"Décision : {e.Decision}{(e.Reason is null ? "" : " — " + e.Reason)}", $"Decision: {e.Decision}{(e.Reason is null ? "" : " — " + e.Reason)}"),
        FinancingConditionsMet => L.T("Conditions de l'accord remplies", "Approval conditions met"),
        IncludedServicesDefined => L.T("Prestations incluses définies", "Included services defined"),
        BillingDetailsRecorded e => L.T($"Mandat SEPA {e.Details.MandateReference} enregistré", $"SEPA mandate {e.Details.MandateReference} recorded"),
        ContractSignatureRecorded e => L.T($"Contrat signé par {e.SignerName}{(e.WithdrawalEndsOn is { } w ? $", rétractation jusqu'au {w:dd/MM/yyyy}" : "")}",
            $"Signed by {e.SignerName}{(e.WithdrawalEndsOn is { } w2 ? $", withdrawal until {w2:dd/MM/yyyy}" : "")}"),
        WithdrawalPeriodExpired => L.T("Délai de rétractation écoulé", "Withdrawal period over"),
        ContractWithdrawalRecorded => L.T("Rétractation du client", "Customer withdrew"),
        VehicleOrderPlaced e => L.T($"Véhicule commandé ({e.Supplier}, {e.OrderReference})", $"Vehicle ordered ({e.Supplier}, {e.OrderReference})"),
        VehiclePreparationCompleted e => L.T($"Véhicule préparé et immatriculé {e.Registration}", $"Vehicle prepared, registered {e.Registration}"),
        VehicleHandedOver e => L.T($"Livraison à {e.Driver.Name}, {e.OdometerKm} km : contrat actif jusqu'au {e.EndsOn:dd/MM/yyyy}",
            $"Delivered to {e.Driver.Name}, {e.OdometerKm} km: active until {e.EndsOn:dd/MM/yyyy}"),
        OdometerReadingRecorded e => L.T($"Relevé {e.OdometerKm} km le {e.ReadOn:dd/MM/yyyy} ({e.Source})", $"Reading {e.OdometerKm} km on {e.ReadOn:dd/MM/yyyy} ({e.Source})"),
        AmendmentProposed e => L.T($"Avenant proposé : {e.AnnualMileageKm} km/an, {e.TermMonths} mois", $"Amendment proposed: {e.AnnualMileageKm} km a year, {e.TermMonths} months"),
        AmendmentAccepted e => L.T($"Avenant n° {e.Number} accepté, à partir du {e.EffectiveFrom:dd/MM/yyyy}", $"Amendment {e.Number} accepted, from {e.EffectiveFrom:dd/MM/yyyy}"),
        AmendmentDeclined e => L.T($"Avenant refusé : {e.Reason}", $"Amendment declined: {e.Reason}"),
        EndOfTermAnnounced => L.T("Fin de contrat dans six mois : client à contacter", "End of term in six months: contact the customer"),
        EndOfTermChoiceRecorded e => L.T($"Choix de fin de contrat : {e.Choice}", $"End-of-term choice: {e.Choice}"),
        EarlyTerminationRecorded e => L.T($"Résiliation anticipée ({e.Reason}) au {e.TerminatedOn:dd/MM/yyyy}", $"Early termination ({e.Reason}) on {e.TerminatedOn:dd/MM/yyyy}"),
        ReturnInspected e => L.T($"Restitution le {e.ReturnedOn:dd/MM/yyyy} à {e.OdometerKm} km", $"Returned on {e.ReturnedOn:dd/MM/yyyy} at {e.OdometerKm} km"),
        ReturnLineContested e => L.T($"Ligne contestée : {e.Reason}", $"Line contested: {e.Reason}"),
        ContestedLineDecided e => L.T(e.Maintained ? "Ligne contestée maintenue" : "Ligne contestée abandonnée", e.Maintained ? "Contested line maintained" : "Contested line waived"),
        VehicleSold => L.T("Option d'achat levée : véhicule vendu", "Purchase option exercised: vehicle sold"),
        ContractFileClosed e => L.T($"Dossier clos ({e.Outcome})", $"File closed ({e.Outcome})"),
        TaskRaised e => L.T($"Tâche : {e.Title}", $"Task: {e.Title}"),
        TaskResolved e => L.T($"Tâche terminée : {Task(e.Kind)} — {e.Outcome}", $"Task done: {Task(e.Kind)} — {e.Outcome}"),
        _ => data.GetType().Name,
    };
}
