using Leasing.Offers.Documents;
using Leasing.Offers.Domain.Pricing;
using Leasing.Offers.Tests.Pricing;
using Xunit;

namespace Leasing.Offers.Tests.Documents;

/// <summary>
/// Renders offers and reads the PDF back with PdfPig: what a customer would read on the page, with
/// fr-FR's no-break spaces normalised to plain spaces (see <see cref="PdfText"/>).
/// </summary>
public class OfferDocumentTests
{
    private const string ScheduleHeader = "Mois\tCapital restant dû (début)\tIntérêts\tCapital amorti\tCapital restant dû (fin)";

    private static readonly VehicleDescription Vehicle = new("Peugeot", "308", "1.2 PureTech 130 Allure");

    private static OfferDocumentModel Model(PricingRequest request) =>
        OfferDocumentModel.Create(
            "DEV-2026-0042", "Camille Martin", Vehicle,
            new DateOnly(2026, 10, 24), new DateOnly(2026, 11, 23), "Julien Bernard", request);

    private static PdfText Render(PricingRequest request) => PdfText.Read(OfferDocument.Render(Model(request)));

    private static string Last(PdfText pdf, string label)
    {
        var rows = pdf.RowsLabelled(label);
        Assert.True(rows.Count == 1, $"expected one line labelled '{label}', found {rows.Count} in:\n{pdf.All}");
        return rows[0][^1];
    }

    [Fact]
    public void Seed_loa_offer_prints_the_pave_financier_in_french_formats()
    {
        var pdf = Render(Seed.Request(LeaseProduct.Loa));
        var text = pdf.All;

        Assert.Contains("Leasing", text);
        Assert.Contains("Offre de location avec option d'achat", text);
        Assert.Contains("DEV-2026-0042", text);
        Assert.Contains("24/10/2026", text);
        Assert.Contains("23/11/2026", text);
        Assert.Contains("Camille Martin", text);
        Assert.Contains("Particulier", text);
        Assert.Contains("Julien Bernard", text);
        Assert.Contains("1.2 PureTech 130 Allure", text);

        Assert.Contains("429,06 €", text);
        Assert.Contains("469,06 €", text);
        Assert.Contains("12 000,00 €", text);
        Assert.Contains("12 800,00 €", text);

        // The TTC column (an individual is quoted TTC) carries the seed's figures, the HT column their HT view.
        Assert.Equal(["Valeur d'immobilisation (prix du véhicule)", "20 666,67 €", "24 800,00 €"],
            pdf.RowsLabelled("Valeur d'immobilisation (prix du véhicule)").Single());
        Assert.Equal(["Montant financé", "10 000,00 €", "12 000,00 €"], pdf.RowsLabelled("Montant financé").Single());
        Assert.Equal(["Loyer mensuel", "357,55 €", "429,06 €"], pdf.RowsLabelled("Loyer mensuel").Single());
        Assert.Equal("40,00 €", Last(pdf, "Prestations incluses (par mois)"));
        Assert.Equal("469,06 €", Last(pdf, "Total mensuel (loyer + prestations)"));
        Assert.Equal("12 800,00 €", Last(pdf, "Valeur résiduelle (prix de levée de l'option)"));
        Assert.Equal("36 mois", Last(pdf, "Durée"));
        Assert.Equal("6,00 %", Last(pdf, "Taux annuel (assurance incluse)"));
        Assert.Equal("16 886,16 €", Last(pdf, "Coût total"));
        Assert.Equal("0,06 €", Last(pdf, "Prix du kilomètre supplémentaire"));
        Assert.Equal("12 000 km/an, 36 000 km au total", Last(pdf, "Kilométrage contractuel"));
        Assert.All(pdf.RowsLabelled("Nombre de loyers"), row => Assert.Equal("36", row[^1]));
        Assert.Contains("TTC (base du devis)", text);
    }

    [Fact]
    public void Loa_offer_carries_the_consumer_information_and_the_withdrawal_period()
    {
        var pdf = Render(Seed.Request(LeaseProduct.Loa));
        var text = pdf.All;

        Assert.Contains("Informations précontractuelles — location avec option d'achat", text);
        Assert.Equal("24 800,00 €", Last(pdf, "Prix au comptant du véhicule"));
        Assert.Equal(2, pdf.RowsLabelled("Nombre de loyers").Count); // pavé financier and consumer box
        Assert.Equal("469,06 €", Last(pdf, "Montant des loyers (prestations incluses)"));
        Assert.Equal("mensuelle", Last(pdf, "Périodicité des loyers"));
        Assert.Equal("0,00 €", Last(pdf, "Premier loyer"));
        Assert.Equal("12 800,00 €", Last(pdf, "Prix de levée de l'option d'achat"));
        Assert.Equal("16 886,16 €", Last(pdf, "Coût total sans levée de l'option"));
        // 36 × 469,06 + 12 800 = 29 686,16 (also in the pavé financier, in HT and TTC)
        Assert.All(pdf.RowsLabelled("Coût total avec levée de l'option"), row => Assert.Equal("29 686,16 €", row[^1]));
        Assert.Contains("délai de 14 jours calendaires", text);
        Assert.Contains("rétractation", text);
    }

    [Fact]
    public void Schedule_runs_month_by_month_and_its_last_row_closes_on_the_residual_value()
    {
        var pdf = Render(Seed.Request(LeaseProduct.Loa));
        var rows = ScheduleRows(pdf);

        Assert.Equal(Enumerable.Range(1, 36), rows.Select(row => int.Parse(row[0])));
        Assert.Equal(["1", "24 800,00 €", "124,00 €", "305,06 €", "24 494,94 €"], rows[0]);
        Assert.Equal("36", rows[^1][0]);
        Assert.Equal("12 800,00 €", rows[^1][^1]);
        // each month opens on the previous month's closing balance
        for (var i = 1; i < rows.Count; i++)
            Assert.Equal(rows[i - 1][4], rows[i][1]);
    }

    [Fact]
    public void Sixty_month_lld_offer_continues_the_schedule_on_further_pages_with_its_header_repeated()
    {
        var pdf = Render(Seed.Request(LeaseProduct.Lld) with { TermMonths = 60, ResidualValue = 8_000m });

        Assert.True(pdf.PageCount > 1, $"expected several pages, got {pdf.PageCount}");
        var rows = ScheduleRows(pdf);
        Assert.Equal(Enumerable.Range(1, 60), rows.Select(row => int.Parse(row[0])));
        Assert.Equal("8 000,00 €", rows[^1][^1]);

        // every page that holds schedule rows starts its part of the table with the header row
        var pagesWithRows = Enumerable.Range(0, pdf.PageCount).Where(p => pdf.PageLines[p].Any(IsScheduleRow)).ToList();
        Assert.True(pagesWithRows.Count >= 2, "the 60 months should span at least two pages");
        foreach (var page in pagesWithRows)
        {
            var lines = pdf.PageLines[page].ToList();
            var header = lines.IndexOf(ScheduleHeader);
            Assert.True(header >= 0, $"page {page + 1} has schedule rows but no header:\n{pdf.PageText(page)}");
            Assert.True(header < lines.FindIndex(IsScheduleRow), $"page {page + 1}: header after the first row");
        }
        for (var page = 0; page < pdf.PageCount; page++)
            Assert.Contains($"Page {page + 1} / {pdf.PageCount}", pdf.PageText(page));
    }

    [Fact]
    public void Lld_offer_has_no_purchase_option_box()
    {
        var pdf = Render(Seed.Request(LeaseProduct.Lld));
        var text = pdf.All;

        Assert.Contains("Offre de location longue durée", text);
        Assert.DoesNotContain("option d'achat", text);
        Assert.DoesNotContain("Informations précontractuelles", text);
        Assert.DoesNotContain("levée de l'option", text);
        Assert.DoesNotContain("rétractation", text);
        Assert.Equal("12 800,00 €", Last(pdf, "Valeur résiduelle"));
        Assert.Equal("469,06 €", Last(pdf, "Total mensuel (loyer + prestations)"));
    }

    [Fact]
    public void Business_offer_is_quoted_excluding_vat()
    {
        var pdf = Render(Seed.Request(LeaseProduct.Lld) with { CustomerType = CustomerType.Business });

        Assert.Contains("Professionnel", pdf.All);
        Assert.Contains("HT (base du devis)", pdf.All);
        // Typed amounts are HT for a business: the HT column carries the seed's rent, TTC is 20 % on top.
        Assert.Equal(["Loyer mensuel", "429,06 €", "514,87 €"], pdf.RowsLabelled("Loyer mensuel").Single());
    }

    [Fact]
    public void Pdf_is_a4_portrait()
    {
        var bytes = OfferDocument.Render(Model(Seed.Request()));

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.All(PdfText.Read(bytes).PageSizes, size =>
        {
            Assert.InRange(size.Width, 594, 597);   // 210 mm
            Assert.InRange(size.Height, 841, 843);  // 297 mm
        });
    }

    [Fact]
    public void Offers_render_concurrently()
    {
        var texts = Enumerable.Range(0, 4).AsParallel()
            .Select(i => PdfText.Read(OfferDocument.Render(Model(Seed.Request(i % 2 == 0 ? LeaseProduct.Loa : LeaseProduct.Lld)))).All)
            .ToList();

        Assert.All(texts, text => Assert.Contains("469,06 €", text));
    }

    [Fact]
    public void Model_must_describe_one_offer()
    {
        var loa = Model(Seed.Request(LeaseProduct.Loa));
        var lld = Model(Seed.Request(LeaseProduct.Lld));

        Assert.Throws<ArgumentException>(() => OfferDocument.Render(loa with { ConsumerInformation = null }));
        Assert.Throws<ArgumentException>(() => OfferDocument.Render(lld with { ConsumerInformation = loa.ConsumerInformation }));
        Assert.Throws<ArgumentException>(() => OfferDocument.Render(lld with { Result = loa.Result }));
        Assert.Throws<ArgumentException>(() => OfferDocument.Render(loa with { CustomerType = CustomerType.Business }));
    }

    private static bool IsScheduleRow(string line)
    {
        var cells = line.Split('\t');
        return cells.Length == 5 && int.TryParse(cells[0], out _) && cells.Skip(1).All(cell => cell.EndsWith(" €"));
    }

    private static List<string[]> ScheduleRows(PdfText pdf) =>
        pdf.Lines.Where(IsScheduleRow).Select(line => line.Split('\t')).ToList();
}
