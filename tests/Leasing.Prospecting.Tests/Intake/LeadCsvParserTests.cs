using Leasing.Prospecting.Domain.Intake;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.Sources;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;

namespace Leasing.Prospecting.Tests.Intake;

public class LeadCsvParserTests
{
    private static async Task<List<ImportRowResult>> Parse(string csv, LeadImportContext? context = null)
    {
        var rows = new List<ImportRowResult>();
        await foreach (var row in LeadCsvParser.ParseAsync(new StringReader(csv), context ?? ImportContext()))
            rows.Add(row);
        return rows;
    }

    [Fact]
    public async Task A_French_spreadsheet_export_is_read_with_its_French_headers()
    {
        const string csv = """
            Prénom;Nom;E-mail;Téléphone;Provenance;Point de vente;Neuf/Occasion;Financement;Budget;Marque;Modèle;Année;Délai;Consentement;Commentaire;Date de demande
            Jean;Dupont; Jean.Dupont@Exemple.FR ;06.12.34.56.78;La Centrale;Garage du Centre;Occasion;LLD;"350,00 €";Peugeot;3008;2021;moins de 3 mois;oui;"Disponible ; visible samedi ?";14/03/2026 18:55
            """;

        var row = Assert.IsType<AcceptedRow>(Assert.Single(await Parse(csv)));

        Assert.Equal(2, row.Row);
        var intake = row.Intake;
        Assert.Equal(new LeadContact(PartyKind.Person, "Jean", "Dupont", null, "jean.dupont@exemple.fr", "+33612345678"), intake.Contact);
        Assert.Equal((SourceCatalogue.LaCentrale, PointOfSale, IntakeRoute.CsvImport), (intake.SourceId, intake.PointOfSaleId, intake.Route));
        Assert.Equal(new LeadNeed(VehicleCondition.Used, FinancingKind.Lld, new LeadBudget(350m, BudgetBasis.Monthly),
            new VehicleOfInterest("Peugeot", "3008", 2021), PurchaseTimeframe.WithinThreeMonths), intake.Need);
        Assert.Equal("Disponible ; visible samedi ?", intake.Message);
        Assert.Equal(Winter(2026, 3, 14, 18, 55), intake.RequestedAt);
        Assert.Equal(new LeadConsent(true, Winter(2026, 3, 14, 18, 55), "J'accepte d'être recontacté."), intake.Consent);
    }

    [Fact]
    public async Task A_comma_separated_file_with_the_json_field_names()
    {
        const string csv = "lastName,companyName,email,phone,source,pointOfSale,financing,budget,consent\r\n" +
                           "Martin,Plomberie Martin,contact@plomberie-martin.fr,,campaign,LYON-01,achat,\"18 500\",yes\r\n";

        var intake = Assert.IsType<AcceptedRow>(Assert.Single(await Parse(csv))).Intake;

        Assert.Equal((PartyKind.Company, "Plomberie Martin", "Plomberie Martin"), (intake.Contact.Kind, intake.Contact.CompanyName, intake.Contact.DisplayName));
        Assert.Equal((SourceCatalogue.Campaign, OtherPointOfSale), (intake.SourceId, intake.PointOfSaleId));
        Assert.Equal(new LeadBudget(18_500m, BudgetBasis.Total), intake.Need.Budget);
        Assert.Null(intake.Contact.Phone);
    }

    [Fact]
    public async Task Quoted_cells_may_hold_separators_line_breaks_and_quotes()
    {
        var csv = "nom;email;source;pointOfSale;commentaire\n" +
                  "Durand;durand@exemple.fr;Le Bon Coin;Garage du Centre;\"Ligne 1\nLigne 2 ; avec \"\"guillemets\"\"\"\n" +
                  "Petit;petit@exemple.fr;Le Bon Coin;Garage du Centre;court\n";

        var rows = await Parse(csv);

        Assert.Equal([2, 3], rows.Select(r => r.Row));
        Assert.Equal("Ligne 1\nLigne 2 ; avec \"guillemets\"", Assert.IsType<AcceptedRow>(rows[0]).Intake.Message);
        Assert.Equal("Petit", Assert.IsType<AcceptedRow>(rows[1]).Intake.Contact.LastName);
    }

    [Fact]
    public async Task Each_bad_row_is_reported_with_its_number_and_reasons_and_the_others_go_through()
    {
        var csv = string.Join("\n",
            "nom;prénom;email;téléphone;source;point de vente;consentement;année",
            "Dupont;Jean;jean@exemple.fr;0612345678;La Centrale;Garage du Centre;;2021",     // 2: fine
            "Durand;Léa;lea@exemple;0612345678;La Centrale;Garage du Centre;;2021",          // 3: e-mail
            "Morel;Tom;tom@exemple.fr;06 12 34;La Centrale;Garage du Centre;;2021",          // 4: phone
            "Roux;Ana;ana@exemple.fr;;Autoscout;Garage du Centre;;2021",                     // 5: source
            "Blanc;Max;max@exemple.fr;;Campagne;Garage du Centre;non;2021",                  // 6: consent
            ";Sans;nom@exemple.fr;;La Centrale;Garage du Centre;;2021",                      // 7: name
            "Faure;Zoé;;;La Centrale;Garage du Centre;;2021",                                // 8: no contact
            "Girard;Luc;luc@exemple.fr;;La Centrale;Paris-Nord;peut-être;vingt");            // 9: point of sale, consent, year

        var rows = await Parse(csv);

        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9], rows.Select(r => r.Row));
        Assert.IsType<AcceptedRow>(rows[0]);
        Assert.Equal(["email"], Reasons(rows[1]));
        Assert.Equal(["phone"], Reasons(rows[2]));
        Assert.Equal(["source"], Reasons(rows[3]));
        Assert.Equal(["consent"], Reasons(rows[4]));
        Assert.Equal(["lastName"], Reasons(rows[5]));
        Assert.Equal(["email", "phone"], Reasons(rows[6]));
        Assert.Equal(["consent", "pointOfSale", "year"], Reasons(rows[7]));
        Assert.Contains("lea@exemple", ((RejectedRow)rows[1]).Reasons["email"].Single());
    }

    [Fact]
    public async Task Defaults_of_the_import_apply_when_the_row_does_not_say()
    {
        const string csv = "nom;email;consentement\nDupont;jean@exemple.fr;oui\n";

        var intake = Assert.IsType<AcceptedRow>(Assert.Single(await Parse(csv, ImportContext(SourceCatalogue.Campaign, OtherPointOfSale)))).Intake;
        Assert.Equal((SourceCatalogue.Campaign, OtherPointOfSale), (intake.SourceId, intake.PointOfSaleId));

        var rejected = Assert.IsType<RejectedRow>(Assert.Single(await Parse(csv)));
        Assert.Equal(["pointOfSale", "source"], rejected.Reasons.Keys.Order());
    }

    [Fact]
    public async Task Blank_rows_are_skipped_but_keep_their_number_and_a_BOM_is_ignored()
    {
        const string csv = "\uFEFFnom,email,source,pointOfSale\n\nDupont,jean@exemple.fr,phone,LYON-01\n,,,\nMartin,martin@exemple.fr,walk-in,LYON-01";

        var rows = await Parse(csv);

        Assert.Equal([3, 5], rows.Select(r => r.Row));
        Assert.All(rows, r => Assert.IsType<AcceptedRow>(r));
    }

    [Fact]
    public async Task A_header_without_name_or_contact_columns_is_rejected_once()
    {
        var rows = await Parse("marque;modèle\nPeugeot;208\nRenault;Clio\n");
        var rejected = Assert.IsType<RejectedRow>(Assert.Single(rows));
        Assert.Equal((1, "header"), (rejected.Row, rejected.Reasons.Keys.Single()));

        Assert.Equal("header", ((RejectedRow)Assert.Single(await Parse(""))).Reasons.Keys.Single());
    }

    [Fact]
    public async Task A_row_with_more_cells_than_columns_is_rejected()
    {
        var rows = await Parse("nom;email;source;pointOfSale\nDupont;jean@exemple.fr;phone;LYON-01;en trop\n");
        Assert.Equal(["row"], Reasons(Assert.Single(rows)));
    }

    [Fact]
    public async Task Rows_are_streamed_one_at_a_time()
    {
        // An endless file: reading it whole would never finish.
        using var reader = new EndlessCsv();
        var rows = new List<ImportRowResult>();
        await foreach (var row in LeadCsvParser.ParseAsync(reader, ImportContext()))
        {
            rows.Add(row);
            if (rows.Count == 3) break;
        }
        Assert.Equal([2, 3, 4], rows.Select(r => r.Row));
        Assert.All(rows, r => Assert.IsType<AcceptedRow>(r));
    }

    [Theory]
    [InlineData("a;b;c", ';')]
    [InlineData("a,b,c", ',')]
    [InlineData("\"a;b\",c,d", ',')]
    [InlineData("\"a,b\";c;d", ';')]
    [InlineData("seule", ';')]
    public void The_separator_is_detected_from_the_header(string header, char separator) =>
        Assert.Equal(separator, CsvRecordReader.DetectSeparator(header));

    private static string[] Reasons(ImportRowResult row) => Assert.IsType<RejectedRow>(row).Reasons.Keys.Order().ToArray();

    private sealed class EndlessCsv : TextReader
    {
        private const string Header = "nom;email;source;pointOfSale\n";
        private string _current = Header;
        private int _position;
        private int _row;

        public override int Peek() => Ensure() ? _current[_position] : -1;

        public override int Read() => Ensure() ? _current[_position++] : -1;

        private bool Ensure()
        {
            if (_position < _current.Length) return true;
            _row++;
            _current = $"Client{_row};client{_row}@exemple.fr;Le Bon Coin;Garage du Centre\n";
            _position = 0;
            return true;
        }
    }
}
