using Leasing.Prospecting.Domain.Intake;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.Sources;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;

namespace Leasing.Prospecting.Tests.Intake;

public class AdfLeadParserTests
{
    private const string Adf = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?adf version="1.0"?>
        <adf>
          <prospect status="new">
            <id sequence="1" source="La Centrale">LC-884213</id>
            <requestdate>2026-03-13T18:55:00+01:00</requestdate>
            <vehicle interest="buy" status="used">
              <id>AN-55120</id>
              <year>2021</year>
              <make>Peugeot</make>
              <model>3008</model>
              <price type="asking" currency="EUR">24 800</price>
              <finance><method>lease</method><amount type="monthly" currency="EUR">350</amount></finance>
              <comments>Est-il toujours disponible ?</comments>
            </vehicle>
            <vehicle interest="trade-in" status="used">
              <year>2014</year><make>Renault</make><model>Clio</model><odometer units="km">142 000</odometer>
            </vehicle>
            <customer>
              <contact primarycontact="1">
                <name part="first">Jean</name>
                <name part="last">Dupont</name>
                <email>Jean.Dupont@Exemple.fr</email>
                <phone type="fax">01 40 00 00 00</phone>
                <phone type="voice" time="day">06 12 34 56 78</phone>
              </contact>
              <timeframe><description>Immédiat</description></timeframe>
            </customer>
            <vendor>
              <id source="La Centrale">V-123</id>
              <vendorname>Garage du Centre</vendorname>
            </vendor>
            <provider>
              <name part="full">La Centrale</name>
              <service>Annonces VO</service>
            </provider>
          </prospect>
          <prospect>
            <requestdate>2026-03-14T10:00:00+01:00</requestdate>
            <vehicle interest="lease" status="new"><make>Renault</make><model>Mégane</model></vehicle>
            <customer><contact><name part="full">Marie Curie</name><email>marie@</email></contact></customer>
            <vendor><vendorname>Garage du Centre</vendorname></vendor>
            <provider><name>leboncoin</name></provider>
          </prospect>
        </adf>
        """;

    [Fact]
    public void A_listing_site_prospect_maps_onto_the_intake()
    {
        var rows = AdfLeadParser.Parse(new StringReader(Adf), ImportContext());

        var intake = Assert.IsType<AcceptedRow>(rows[0]).Intake;
        Assert.Equal(new LeadContact(PartyKind.Person, "Jean", "Dupont", null, "jean.dupont@exemple.fr", "+33612345678"), intake.Contact);
        Assert.Equal((SourceCatalogue.LaCentrale, PointOfSale, IntakeRoute.AdfXml), (intake.SourceId, intake.PointOfSaleId, intake.Route));
        Assert.Equal(Winter(2026, 3, 13, 18, 55), intake.RequestedAt);
        Assert.Equal("LC-884213", intake.ExternalReference);
        Assert.Equal(new LeadNeed(VehicleCondition.Used, FinancingKind.Lld, new LeadBudget(350m, BudgetBasis.Monthly),
            new VehicleOfInterest("Peugeot", "3008", 2021, "AN-55120"), PurchaseTimeframe.Immediate,
            new TradeIn("Renault", "Clio", 2014, 142_000)), intake.Need);
        Assert.Equal("Est-il toujours disponible ?", intake.Message);
        Assert.False(intake.Consent.Given);
    }

    [Fact]
    public void Each_prospect_is_a_row_and_a_bad_one_gives_its_reasons()
    {
        var rows = AdfLeadParser.Parse(new StringReader(Adf), ImportContext());

        Assert.Equal([1, 2], rows.Select(r => r.Row));
        var rejected = Assert.IsType<RejectedRow>(rows[1]);
        Assert.Equal(["email"], rejected.Reasons.Keys);
    }

    [Fact]
    public void A_full_name_and_a_lease_on_a_new_car()
    {
        var fixedAdf = Adf.Replace("<email>marie@</email>", "<email>marie@exemple.fr</email>");

        var intake = Assert.IsType<AcceptedRow>(AdfLeadParser.Parse(new StringReader(fixedAdf), ImportContext())[1]).Intake;

        Assert.Equal(("Marie Curie", null), (intake.Contact.LastName, intake.Contact.FirstName));
        Assert.Equal((VehicleCondition.New, FinancingKind.Lld, SourceCatalogue.LeBonCoin), (intake.Need.Condition!.Value, intake.Need.Financing!.Value, intake.SourceId));
    }

    [Fact]
    public void An_unknown_provider_or_dealer_is_reported_unless_the_import_gives_defaults()
    {
        var unknown = Adf.Replace("<name part=\"full\">La Centrale</name>", "<name part=\"full\">Autoscout24</name>")
            .Replace("source=\"La Centrale\"", "source=\"Autoscout24\"")
            .Replace("Garage du Centre", "Garage Inconnu");

        var rejected = Assert.IsType<RejectedRow>(AdfLeadParser.Parse(new StringReader(unknown), ImportContext())[0]);
        Assert.Equal(["pointOfSale", "source"], rejected.Reasons.Keys.Order());

        var fromDefault = Assert.IsType<AcceptedRow>(AdfLeadParser.Parse(new StringReader(unknown.Replace("Autoscout24", "La Centrale")),
            ImportContext(defaultPointOfSale: OtherPointOfSale))[0]);
        Assert.Equal(OtherPointOfSale, fromDefault.Intake.PointOfSaleId);

        // A known vendor names its point of sale even when the import has a default.
        var known = Assert.IsType<AcceptedRow>(AdfLeadParser.Parse(new StringReader(Adf), ImportContext(defaultPointOfSale: OtherPointOfSale))[0]);
        Assert.Equal(PointOfSale, known.Intake.PointOfSaleId);
    }

    [Theory]
    [InlineData("not xml at all")]
    [InlineData("<adf><prospect>")]
    [InlineData("<lead><prospect/></lead>")]
    [InlineData("<adf></adf>")]
    public void A_document_that_is_not_ADF_is_rejected_whole(string xml)
    {
        var rejected = Assert.IsType<RejectedRow>(Assert.Single(AdfLeadParser.Parse(new StringReader(xml), ImportContext())));
        Assert.Equal((0, "document"), (rejected.Row, rejected.Reasons.Keys.Single()));
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE adf [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
            <adf><prospect><customer><contact><name part="last">&secret;</name><email>a@b.fr</email></contact></customer>
            <provider><name>La Centrale</name></provider><vendor><vendorname>Garage du Centre</vendorname></vendor></prospect></adf>
            """;

        var row = Assert.Single(AdfLeadParser.Parse(new StringReader(xxe), ImportContext()));

        var hostname = File.Exists("/etc/hostname") ? File.ReadAllText("/etc/hostname").Trim() : "\0";
        Assert.False(row is AcceptedRow accepted && accepted.Intake.Contact.LastName == hostname);
    }
}
