using Leasing.Prospecting.Domain.Intake;
using Leasing.Prospecting.Domain.Leads;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;

namespace Leasing.Prospecting.Tests.Intake;

public class IntakeValuesTests
{
    [Theory]
    [InlineData("Prénom", "firstName")]
    [InlineData("PRENOM", "firstName")]
    [InlineData("Nom", "lastName")]
    [InlineData("Société", "companyName")]
    [InlineData("E-mail", "email")]
    [InlineData("Courriel", "email")]
    [InlineData("Tél", "phone")]
    [InlineData("Téléphone", "phone")]
    [InlineData("Point de vente", "pointOfSale")]
    [InlineData("Neuf/Occasion", "condition")]
    [InlineData("VN/VO", "condition")]
    [InlineData("Kilométrage reprise", "tradeInMileageKm")]
    [InlineData("Date de la demande", "requestedAt")]
    [InlineData("tradeInYear", "tradeInYear")]
    [InlineData("Couleur préférée", null)]
    public void Column_headers_in_French_or_as_json_names(string header, string? field) =>
        Assert.Equal(field, IntakeFields.ForHeader(header));

    [Theory]
    [InlineData("Occasion", VehicleCondition.Used)]
    [InlineData("VO", VehicleCondition.Used)]
    [InlineData("neuf", VehicleCondition.New)]
    [InlineData("New", VehicleCondition.New)]
    public void Conditions(string text, VehicleCondition expected) => Assert.Equal(expected, IntakeValues.Condition(text));

    [Theory]
    [InlineData("LLD", FinancingKind.Lld)]
    [InlineData("Location avec option d'achat", FinancingKind.Loa)]
    [InlineData("Achat", FinancingKind.Purchase)]
    [InlineData("crédit", FinancingKind.Purchase)]
    public void Financings(string text, FinancingKind expected) => Assert.Equal(expected, IntakeValues.Financing(text));

    [Theory]
    [InlineData("Immédiat", PurchaseTimeframe.Immediate)]
    [InlineData("moins de 3 mois", PurchaseTimeframe.WithinThreeMonths)]
    [InlineData("< 3 mois", PurchaseTimeframe.WithinThreeMonths)]
    [InlineData("6 mois", PurchaseTimeframe.WithinSixMonths)]
    [InlineData("Plus de 6 mois", PurchaseTimeframe.MoreThanSixMonths)]
    [InlineData("MoreThanSixMonths", PurchaseTimeframe.MoreThanSixMonths)]
    public void Timeframes(string text, PurchaseTimeframe expected) => Assert.Equal(expected, IntakeValues.Timeframe(text));

    [Theory]
    [InlineData("bientôt")]
    [InlineData("2")]
    public void Unrecognised_values_are_null(string text)
    {
        Assert.Null(IntakeValues.Timeframe(text));
        Assert.Null(IntakeValues.Condition(text));
        Assert.Null(IntakeValues.Financing(text));
    }

    [Theory]
    [InlineData("350", 350)]
    [InlineData("1 200,50 €", 1200.50)]
    [InlineData("1\u202F200,50\u00A0€", 1200.50)]
    [InlineData("18500.00", 18500)]
    [InlineData("24 800 EUR", 24800)]
    public void Amounts(string text, decimal expected) => Assert.Equal(expected, IntakeValues.Amount(text));

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("beaucoup")]
    public void Amounts_must_be_positive_numbers(string text) => Assert.Null(IntakeValues.Amount(text));

    [Theory]
    [InlineData("oui", true)]
    [InlineData("X", true)]
    [InlineData("1", true)]
    [InlineData("Non", false)]
    [InlineData("", false)]
    [InlineData("peut-être", null)]
    public void Yes_no(string text, bool? expected) => Assert.Equal(expected, IntakeValues.YesNo(text));

    [Fact]
    public void Dates_with_an_offset_are_instants_and_without_one_Paris_time()
    {
        Assert.Equal(Winter(2026, 3, 14, 18, 55), IntakeValues.Instant("2026-03-14T18:55:00+01:00"));
        Assert.Equal(Winter(2026, 3, 14, 18, 55), IntakeValues.Instant("2026-03-14T17:55:00Z"));
        Assert.Equal(Winter(2026, 3, 14, 18, 55), IntakeValues.Instant("2026-03-14T18:55:00+0100"));
        Assert.Equal(Winter(2026, 3, 14, 18, 55), IntakeValues.Instant("14/03/2026 18:55"));
        Assert.Equal(Summer(2026, 7, 14, 10, 0), IntakeValues.Instant("2026-07-14 10:00"));
        Assert.Equal(Winter(2026, 12, 24, 0, 0), IntakeValues.Instant("24/12/2026"));
        Assert.Null(IntakeValues.Instant("31/02/2026"));
        Assert.Null(IntakeValues.Instant("hier"));
    }

    [Fact]
    public void Mileages_and_years()
    {
        Assert.Equal(142_000, IntakeValues.Kilometres("142 000 km"));
        Assert.Equal(2021, IntakeValues.Year("2021"));
        Assert.Null(IntakeValues.Year("21"));
        Assert.Null(IntakeValues.Year("vingt"));
    }
}
