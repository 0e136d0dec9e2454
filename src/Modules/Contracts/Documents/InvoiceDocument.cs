using System.Globalization;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Kernel.Monetary;

namespace Leasing.Contracts.Documents;

/// <summary>An invoice or credit note as a PDF: header, the customer, each line in HT, VAT and TTC, the totals, and how it is paid.</summary>
public static class InvoiceDocument
{
    private static readonly CultureInfo French = MoneyFormat.French;

    public static string Title(InvoiceKind kind) => kind == InvoiceKind.CreditNote ? "Avoir" : "Facture";

    public static byte[] Render(Invoice invoice)
    {
        using var pdf = new PdfWriter($"{Title(invoice.Kind)} {invoice.Number}", $"Leasing — {Title(invoice.Kind).ToLowerInvariant()} {invoice.Number}");
        pdf.Title($"{Title(invoice.Kind)} n° {invoice.Number}");
        pdf.Field("Date", invoice.IssuedOn.ToString("dd/MM/yyyy", French));
        pdf.Field("Contrat", invoice.ContractNumber);
        pdf.Field("Client", invoice.CustomerName);
        if (invoice.CompanyId is { } company) pdf.Field("SIREN", company);
        if (invoice.PeriodStart is { } start && invoice.PeriodEnd is { } end)
            pdf.Field("Période", $"du {start:dd/MM/yyyy} au {end:dd/MM/yyyy}");
        pdf.Heading("Détail");
        pdf.Table(["Désignation", "HT", "TVA 20 %", "TTC"],
            invoice.Lines.Select(l => new[] { l.Label, Money(l.Amounts.ExcludingVat), Money(l.Amounts.Vat), Money(l.Amounts.IncludingVat) })
                .Append(["Total", Money(invoice.Total.ExcludingVat), Money(invoice.Total.Vat), Money(invoice.Total.IncludingVat)]), firstColumn: 0.52);
        pdf.Paragraph(invoice.Basis == VatBasis.ExcludingVat
            ? "Montants établis hors taxes (client professionnel) ; la TVA est calculée ligne par ligne."
            : "Montants établis toutes taxes comprises (client particulier) ; le hors-taxes en est déduit ligne par ligne.");
        if (invoice.Kind != InvoiceKind.CreditNote)
            pdf.Paragraph(invoice.MandateReference is { } mandate
                ? $"Prélèvement SEPA le {invoice.DueOn:dd/MM/yyyy}, mandat {mandate}."
                : $"À régler avant le {invoice.DueOn:dd/MM/yyyy}.");
        return pdf.Build();
    }

    private static string Money(decimal amount) => MoneyFormat.Format(amount, Kernel.Monetary.Money.Euro, French);
}
