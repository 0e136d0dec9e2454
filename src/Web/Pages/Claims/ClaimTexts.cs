using Leasing.Claims.Domain;
using Leasing.Web.Shared;

namespace Leasing.Web.Pages.Claims;

/// <summary>The claims desk's words, French first (the glossary of DOMAIN.md: sinistre, constat amiable, expert, franchise…).</summary>
public static class ClaimTexts
{
    public static string Stage(ClaimStage stage) => stage switch
    {
        ClaimStage.Declared => L.T("Déclaré", "Declared"),
        ClaimStage.Triaged => L.T("Trié", "Triaged"),
        ClaimStage.AssistanceDispatched => L.T("Dépannage envoyé", "Assistance dispatched"),
        ClaimStage.ExpertAppointed => L.T("Expert missionné", "Expert appointed"),
        ClaimStage.ExpertReportReceived => L.T("Rapport d'expertise reçu", "Expert's report received"),
        ClaimStage.AwaitingRepairApproval => L.T("Devis en approbation", "Quote awaiting approval"),
        ClaimStage.RepairAuthorised => L.T("Réparation autorisée", "Repair authorised"),
        ClaimStage.Repaired => L.T("Réparé", "Repaired"),
        ClaimStage.VehicleReturned => L.T("Véhicule restitué", "Vehicle returned"),
        ClaimStage.TotalLoss => L.T("Perte totale", "Total loss"),
        ClaimStage.ContractTerminated => L.T("Contrat résilié", "Contract terminated"),
        _ => L.T("Clôturé", "Closed"),
    };

    public static string Kind(ClaimKind kind) => kind switch
    {
        ClaimKind.Collision => L.T("Collision", "Collision"),
        ClaimKind.SingleVehicle => L.T("Accident sans tiers", "Single-vehicle accident"),
        ClaimKind.Theft => L.T("Vol", "Theft"),
        ClaimKind.Vandalism => L.T("Vandalisme", "Vandalism"),
        ClaimKind.Glass => L.T("Bris de glace", "Glass breakage"),
        ClaimKind.Weather => L.T("Événement climatique", "Weather"),
        ClaimKind.Fire => L.T("Incendie", "Fire"),
        _ => L.T("Autre", "Other"),
    };

    public static string Channel(DeclarationChannel channel) => channel switch
    {
        DeclarationChannel.Hotline => L.T("Hotline conducteur", "Driver hotline"),
        DeclarationChannel.Driver => L.T("Formulaire conducteur", "Driver's form"),
        _ => L.T("Gestionnaire de parc", "Fleet manager"),
    };

    public static string Priority(ClaimPriority? priority) => priority switch
    {
        ClaimPriority.Urgent => L.T("Urgente", "Urgent"),
        ClaimPriority.High => L.T("Haute", "High"),
        ClaimPriority.Normal => L.T("Normale", "Normal"),
        _ => "—",
    };

    public static string Action(ClaimAction action) => action switch
    {
        ClaimAction.DispatchAssistance => L.T("Enregistrer le dépannage", "Record the towing"),
        ClaimAction.GrantReplacementVehicle => L.T("Mettre à disposition un véhicule de remplacement", "Lend a replacement vehicle"),
        ClaimAction.ReturnReplacementVehicle => L.T("Restitution du véhicule de remplacement", "Replacement vehicle returned"),
        ClaimAction.AppointExpert => L.T("Missionner l'expert", "Appoint the expert"),
        ClaimAction.RecordExpertReport => L.T("Enregistrer le rapport d'expertise", "Record the expert's report"),
        ClaimAction.AuthoriseRepair => L.T("Autoriser la réparation", "Authorise the repair"),
        ClaimAction.CompleteRepair => L.T("Réparation terminée", "Repair finished"),
        ClaimAction.ReturnVehicleToDriver => L.T("Véhicule restitué au conducteur", "Vehicle returned to the driver"),
        ClaimAction.FileInsurerClaim => L.T("Déclarer à l'assureur", "File with the insurer"),
        ClaimAction.RecordInsurerSettlement => L.T("Règlement de l'assureur", "Insurer's settlement"),
        ClaimAction.RecordInvoice => L.T("Enregistrer une facture", "Record an invoice"),
        ClaimAction.AddAttachment => L.T("Ajouter des documents", "Add documents"),
        ClaimAction.AddNote => L.T("Ajouter une note", "Add a note"),
        _ => L.T("Clôturer le sinistre", "Close the claim"),
    };

    public static string Invoice(InvoiceKind kind) => kind switch
    {
        InvoiceKind.Repair => L.T("Réparation (garage)", "Repair (garage)"),
        InvoiceKind.Towing => L.T("Remorquage", "Towing"),
        InvoiceKind.Assistance => L.T("Assistance", "Assistance"),
        InvoiceKind.ReplacementVehicle => L.T("Véhicule de remplacement", "Replacement vehicle"),
        InvoiceKind.Expert => L.T("Honoraires d'expert", "Expert's fees"),
        InvoiceKind.Storage => L.T("Gardiennage", "Storage"),
        _ => L.T("Autre", "Other"),
    };

    public static string Attachment(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Photo => L.T("Photo", "Photo"),
        AttachmentKind.AccidentReport => L.T("Constat amiable", "Accident report"),
        AttachmentKind.PoliceReport => L.T("Procès-verbal / plainte", "Police report"),
        AttachmentKind.ExpertReport => L.T("Rapport d'expertise", "Expert's report"),
        AttachmentKind.Quote => L.T("Devis", "Quote"),
        AttachmentKind.Invoice => L.T("Facture", "Invoice"),
        _ => L.T("Autre document", "Other document"),
    };

    public static string Sla(SlaKind kind) => kind == SlaKind.ExpertAppointment
        ? L.T("Mission de l'expert (2 jours ouvrés)", "Expert appointed (2 working days)")
        : L.T("Autorisation de réparation (1 jour ouvré)", "Repair authorised (1 working day)");

    /// <summary>A timeline line: what happened, in words, with the figures that matter.</summary>
    public static string Event(object data) => data switch
    {
        ClaimOpened e => L.T($"Sinistre déclaré ({Channel(e.Channel)}) : {Kind(e.Incident.Kind)}, {e.Incident.Place}",
            $"Claim declared ({Channel(e.Channel)}): {Kind(e.Incident.Kind)}, {e.Incident.Place}"),
        AttachmentAdded e => L.T($"Document ajouté : {Attachment(e.Attachment.Kind)} « {e.Attachment.FileName} »", $"Document added: {Attachment(e.Attachment.Kind)} \"{e.Attachment.FileName}\""),
        ClaimTriageRecorded e => L.T($"Tri : {Route(e.Route)}, priorité {Priority(e.Priority)}", $"Triage: {Route(e.Route)}, priority {Priority(e.Priority)}")
            + (string.IsNullOrWhiteSpace(e.Notes) ? "" : $" — {e.Notes}"),
        AssistanceSent e => L.T($"Dépannage envoyé : {e.Assistance.Provider}", $"Assistance dispatched: {e.Assistance.Provider}")
            + (e.Assistance.TowedTo is null ? "" : L.T($", remorquage vers {e.Assistance.TowedTo}", $", towed to {e.Assistance.TowedTo}")),
        ReplacementVehicleLent e => L.T($"Véhicule de remplacement catégorie {e.Category} pour {e.DaysGranted} jours (retour prévu le {e.ExpectedReturnOn:d})",
            $"Replacement vehicle, category {e.Category}, for {e.DaysGranted} days (back on {e.ExpectedReturnOn:d})"),
        ReplacementVehicleBack e => L.T($"Véhicule de remplacement restitué : {e.DaysUsed} jours utilisés", $"Replacement vehicle returned: {e.DaysUsed} days used")
            + (e.ExcessDays > 0 ? L.T($", {e.ExcessDays} au-delà", $", {e.ExcessDays} beyond") : ""),
        ExpertMissioned e => L.T($"Expert missionné : {e.Firm}", $"Expert appointed: {e.Firm}") + (e.WithinSla ? "" : L.T(" (hors délai)", " (late)")),
        ExpertReportRecorded e => e.TotalLoss
            ? L.T($"Rapport d'expertise : perte totale, valeur avant sinistre {L.Money(e.VehicleValue ?? 0m)}", $"Expert's report: total loss, value {L.Money(e.VehicleValue ?? 0m)}")
            : L.T($"Rapport d'expertise : chiffrage {L.Money(e.RepairEstimate)}", $"Expert's report: estimate {L.Money(e.RepairEstimate)}"),
        RepairApprovalAsked e => L.T($"Devis de {e.Garage} ({L.Money(e.QuotedAmount)}) au-delà du chiffrage : approbation demandée",
            $"Quote from {e.Garage} ({L.Money(e.QuotedAmount)}) above the estimate: approval requested"),
        RepairApprovalDeclined e => L.T($"Devis refusé ({L.Money(e.QuotedAmount)})", $"Quote refused ({L.Money(e.QuotedAmount)})") + (e.Reason is null ? "" : $" — {e.Reason}"),
        RepairAuthorisationGiven e => L.T($"Réparation autorisée chez {e.Garage} : {L.Money(e.AuthorisedAmount)}", $"Repair authorised at {e.Garage}: {L.Money(e.AuthorisedAmount)}")
            + (e.Approved ? L.T(" (après approbation)", " (after approval)") : "") + (e.WithinSla ? "" : L.T(" (hors délai)", " (late)")),
        RepairFinished e => L.T($"Réparation terminée le {e.CompletedOn:d}", $"Repair finished on {e.CompletedOn:d}"),
        VehicleHandedBack e => L.T($"Véhicule restitué au conducteur le {e.ReturnedOn:d}", $"Vehicle returned to the driver on {e.ReturnedOn:d}"),
        InvoiceReceived e => L.T($"Facture {e.Invoice.Number} de {e.Invoice.Supplier} ({Invoice(e.Invoice.Kind)}) : {L.Money(e.Invoice.Amount)} HT",
            $"Invoice {e.Invoice.Number} from {e.Invoice.Supplier} ({Invoice(e.Invoice.Kind)}): {L.Money(e.Invoice.Amount)} excl. VAT"),
        InsurerClaimLodged e => L.T($"Déclaré à {e.Insurer} (réf. {e.Reference}), responsabilité {e.LiabilityPercent} %", $"Filed with {e.Insurer} (ref. {e.Reference}), liability {e.LiabilityPercent} %"),
        InsurerPaid e => L.T($"Règlement de l'assureur : {L.Money(e.Payout)}, franchise client {L.Money(e.DeductibleCharged)}",
            $"Insurer's settlement: {L.Money(e.Payout)}, customer's deductible {L.Money(e.DeductibleCharged)}"),
        ContractTerminationRequested e => L.T($"Résiliation anticipée du contrat demandée (indemnité {L.Money(e.InsurancePayout)})",
            $"Early termination of the contract requested (payout {L.Money(e.InsurancePayout)})"),
        ContractTerminatedAfterLoss e => L.T($"Contrat résilié le {e.TerminatedOn:d}", $"Contract terminated on {e.TerminatedOn:d}"),
        ClaimNoteAdded e => L.T("Note : ", "Note: ") + e.Text,
        ClaimRequestRefused e => L.T($"Demande « {e.Request} » non appliquée : {e.Reason}", $"Request \"{e.Request}\" not applied: {e.Reason}"),
        ClaimFinalised e => L.T($"Sinistre clôturé ({e.Outcome}), solde {L.Money(e.Balance)}", $"Claim closed ({e.Outcome}), balance {L.Money(e.Balance)}")
            + (e.WriteOffReason is null ? "" : $" — {e.WriteOffReason}"),
        _ => data.GetType().Name,
    };

    public static string Route(TriageRoute route) => route switch
    {
        TriageRoute.Assistance => L.T("dépannage d'abord", "towing first"),
        TriageRoute.Expertise => L.T("expertise directe", "straight to the expert"),
        _ => L.T("sans suite", "no follow-up"),
    };
}
