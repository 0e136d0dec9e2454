using System.Globalization;
using Leasing.Contracts.Domain;
using Leasing.Kernel.Monetary;

namespace Leasing.Contracts.Documents;

/// <summary>
/// The contract the customer signs, generated from the accepted offer's figures: parties, vehicle, the financial terms
/// in HT and TTC, the included services, the end-of-contract options and, for a consumer, the withdrawal period.
/// </summary>
public static class ContractDocument
{
    private static readonly CultureInfo French = MoneyFormat.French;

    public static string Title(Product product) => product == Product.Loa
        ? "Contrat de location avec option d'achat" : "Contrat de location longue durée";

    public static byte[] Render(Contract contract, string signerName, DateOnly signedOn, DateOnly? withdrawalEndsOn)
    {
        using var pdf = new PdfWriter($"{Title(contract.Product)} n° {contract.Number}", $"Leasing — contrat n° {contract.Number} signé le {signedOn:dd/MM/yyyy}");
        pdf.Title($"{Title(contract.Product)} n° {contract.Number}");
        pdf.Field("Offre acceptée", contract.QuoteNumber);
        pdf.Field("Date de signature", signedOn.ToString("dd/MM/yyyy", French));
        pdf.Field("Signataire", signerName);

        pdf.Heading("Locataire");
        pdf.Field("Nom", contract.CustomerName);
        pdf.Field("Type de client", contract.Customer.Type == CustomerType.Business ? "Professionnel" : "Particulier");
        if (contract.CompanyId is { } company) pdf.Field("SIREN", company);
        if (contract.GuarantorName is { } guarantor) pdf.Field("Caution", guarantor);

        pdf.Heading("Véhicule");
        pdf.Field("Désignation", contract.Vehicle.Description);
        if (contract.Vehicle.Energy is { } energy) pdf.Field("Énergie", energy);

        var terms = contract.Terms;
        var figures = contract.Figures;
        pdf.Heading("Conditions financières");
        pdf.Table(["Élément", "HT", "TTC"],
        [
            ["Loyer mensuel", Money(figures.Rent.ExcludingVat), Money(figures.Rent.IncludingVat)],
            ["Prestations incluses (par mois)", Money(figures.Services.ExcludingVat), Money(figures.Services.IncludingVat)],
            ["Total mensuel", Money(figures.Total.ExcludingVat), Money(figures.Total.IncludingVat)],
            ["Premier loyer (apport)", Money(VatAmounts.FromQuoted(terms.FirstPayment, terms.Basis).ExcludingVat),
                Money(VatAmounts.FromQuoted(terms.FirstPayment, terms.Basis).IncludingVat)],
            ["Frais de livraison (première facture)", Money(terms.DeliveryFeeExcludingVat), Money(VatAmounts.FromExcludingVat(terms.DeliveryFeeExcludingVat).IncludingVat)],
            ["Frais de restitution (dernière facture)", Money(terms.ReturnFeeExcludingVat), Money(VatAmounts.FromExcludingVat(terms.ReturnFeeExcludingVat).IncludingVat)],
        ]);
        pdf.Field("Durée", $"{terms.TermMonths} mois");
        pdf.Field("Kilométrage contractuel", $"{terms.AnnualMileageKm.ToString("N0", French)} km par an, {terms.ContractMileageKm.ToString("N0", French)} km au total");
        pdf.Field("Prix du kilomètre supplémentaire", $"{terms.ExcessKmPrice.ToString("0.00##", French)} € {(terms.Basis == VatBasis.IncludingVat ? "TTC" : "HT")}");
        pdf.Field("Taux annuel (assurance incluse)", $"{terms.AnnualRatePercent.ToString("0.####", French)} %");
        if (terms.Product == Product.Loa && figures.PurchaseOptionPriceQuoted is { } option)
            pdf.Field("Prix de levée de l'option d'achat", $"{Money(option)} {(terms.Basis == VatBasis.IncludingVat ? "TTC" : "HT")}");
        pdf.Paragraph("Les loyers sont facturés chaque mois et prélevés par prélèvement SEPA dix jours après la date de facture ; la première et la " +
            "dernière facture sont calculées au prorata des jours. La valeur résiduelle fixée à la signature n'est pas modifiée après la livraison.");

        pdf.Heading("Prestations incluses");
        var services = contract.Services;
        pdf.Paragraph(string.Join(" · ", new[]
        {
            services.Assistance ? "Assistance et hotline conducteur" : null,
            services.Maintenance ? "Entretien dans le réseau agréé" : null,
            services.Tyres ? $"Pneumatiques ({services.TyresAllowed} pneus)" : null,
            services.ReplacementVehicle ? $"Véhicule de remplacement catégorie {services.ReplacementVehicleCategory}, {services.ReplacementVehicleDaysAllowed} jours par an" : null,
            services.Insurance ? $"Assurance {services.InsuranceCover}, franchise {Money(services.InsuranceDeductible ?? 0m)}" : null,
            services.FuelCard ? "Carte carburant" : null,
        }.Where(s => s is not null)));

        pdf.Heading("Fin du contrat");
        pdf.Paragraph(terms.Product == Product.Loa
            ? "Au terme, le locataire restitue le véhicule ou lève l'option d'achat au prix indiqué ci-dessus. Une restitution donne lieu à un procès-verbal contradictoire ; les dégâts au-delà de l'usure normale sont facturés selon la grille de remise en état, les kilomètres au-delà du kilométrage contractuel au prix du kilomètre supplémentaire."
            : "Au terme, le locataire restitue le véhicule. La restitution donne lieu à un procès-verbal contradictoire ; les dégâts au-delà de l'usure normale sont facturés selon la grille de remise en état, les kilomètres au-delà du kilométrage contractuel au prix du kilomètre supplémentaire.");
        if (withdrawalEndsOn is { } last)
        {
            pdf.Heading("Droit de rétractation");
            pdf.Paragraph($"Le locataire peut se rétracter sans motif dans un délai de quatorze jours à compter de la signature, soit jusqu'au {last:dd/MM/yyyy} inclus. " +
                "La commande du véhicule n'intervient qu'à l'issue de ce délai ; une rétractation annule le contrat sans frais.");
        }
        return pdf.Build();
    }

    private static string Money(decimal amount) => MoneyFormat.Format(amount, Kernel.Monetary.Money.Euro, French);
}
