using Leasing.Prospecting.Domain.Sources;
using Xunit;

namespace Leasing.Prospecting.Tests.Statistics;

public class SourceCatalogueTests
{
    [Fact]
    public void The_seed_catalogue_holds_the_sources_of_the_issue()
    {
        Assert.Equal(
            ["La Centrale", "Le Bon Coin", "Site VO constructeur", "Site internet / simulateur", "Téléphone", "Visite en concession", "Banque partenaire", "Campagne"],
            SourceCatalogue.Seed.Sources.Select(s => s.Name));
        Assert.Equal(SourceCatalogue.Seed.Sources.Count, SourceCatalogue.Seed.Sources.Select(s => s.Id).Distinct().Count());
        Assert.All(SourceCatalogue.Seed.Sources, s => Assert.True(s.CostPerLead >= 0m));
    }

    [Theory]
    [InlineData("le-bon-coin", SourceCatalogue.LeBonCoin)]
    [InlineData("Le Bon Coin", SourceCatalogue.LeBonCoin)]
    [InlineData("LEBONCOIN", SourceCatalogue.LeBonCoin)]
    [InlineData("leboncoin.fr", SourceCatalogue.LeBonCoin)]
    [InlineData("La Centrale", SourceCatalogue.LaCentrale)]
    [InlineData("telephone", SourceCatalogue.Phone)]
    [InlineData("Téléphone", SourceCatalogue.Phone)]
    [InlineData("site vo constructeur", SourceCatalogue.ManufacturerUsedCarSite)]
    public void Sources_are_found_by_id_name_or_alias(string written, string id) =>
        Assert.Equal(id, SourceCatalogue.Seed.Find(written)?.Id);

    [Theory]
    [InlineData("Autoscout")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_sources_are_not_found(string? written) => Assert.Null(SourceCatalogue.Seed.Find(written));

    [Fact]
    public void Sources_passing_on_third_party_contacts_require_consent()
    {
        Assert.True(SourceCatalogue.Seed.Find(SourceCatalogue.Campaign)!.ConsentRequired);
        Assert.True(SourceCatalogue.Seed.Find(SourceCatalogue.PartnerBank)!.ConsentRequired);
        Assert.False(SourceCatalogue.Seed.Find(SourceCatalogue.LaCentrale)!.ConsentRequired);
    }
}
