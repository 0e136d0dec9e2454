using Leasing.Prospecting.Domain.Sources;
using Leasing.Prospecting.Domain.Statistics;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;

namespace Leasing.Prospecting.Tests.Statistics;

/// <summary>
/// Seed 003: La Centrale 39 %, Le Bon Coin 39 %, manufacturers' used-car sites 8 % of the leads, the latter with a
/// 21 % conversion rate. A month of 1 000 leads has 390 / 390 / 80 / 140 of them.
/// 21 % of 80 leads is 16.8 leads, which no month can have: 17 sales (21.25 %) is the nearest whole number, and it
/// shows the seed's figure at the seed's own precision (whole percents). Exactly 21.00 % needs a multiple of 100
/// leads: over five such months (400 manufacturer leads) 17 + 17 + 17 + 17 + 16 = 84 sales are exactly 21.00 %.
/// </summary>
public class SeedMonthTests
{
    // Costs chosen for the test (the seed gives none), so the expected costs below are computed by hand.
    private static readonly SourceCatalogue Priced = new(SourceCatalogue.Seed.Sources.Select(s => s with
    {
        CostPerLead = s.Id switch
        {
            SourceCatalogue.LaCentrale => 20m,
            SourceCatalogue.LeBonCoin => 10m,
            SourceCatalogue.ManufacturerUsedCarSite => 30m,
            _ => 0m,
        },
    }).ToList());

    private static readonly (string Source, int Leads)[] Mix =
    [
        (SourceCatalogue.LaCentrale, 390), (SourceCatalogue.LeBonCoin, 390), (SourceCatalogue.ManufacturerUsedCarSite, 80),
        (SourceCatalogue.OwnWebsite, 60), (SourceCatalogue.Phone, 40), (SourceCatalogue.WalkIn, 20),
        (SourceCatalogue.PartnerBank, 10), (SourceCatalogue.Campaign, 10),
    ];

    /// <summary>
    /// One month of leads in the seed's mix, spread over the month's days and hours. Sales per source: the
    /// manufacturer's site as given, La Centrale and Le Bon Coin 39 each (10 %), the rest none.
    /// </summary>
    private static List<LeadFact> Month(int month, int manufacturerSales)
    {
        var facts = new List<LeadFact>();
        var index = 0;
        foreach (var (source, leads) in Mix)
        {
            var sales = source == SourceCatalogue.ManufacturerUsedCarSite ? manufacturerSales : source is SourceCatalogue.LaCentrale or SourceCatalogue.LeBonCoin ? 39 : 0;
            for (var i = 0; i < leads; i++, index++)
            {
                var capturedAt = Summer(2026, month, 1 + index % 28, 9 + index % 10, index % 60);
                // Every lead handled in time and qualified, half of them offered; sales among those offered.
                facts.Add(new LeadFact(source, capturedAt, AcknowledgedWithinSla: i % 5 != 0, Qualified: i % 4 != 0,
                    OfferMade: i < Math.Max(sales, leads / 2), Won: i < sales));
            }
        }
        return facts;
    }

    [Fact]
    public void A_month_of_1000_leads_shows_the_seed_shares_and_the_manufacturer_site_conversion()
    {
        var facts = Month(5, manufacturerSales: 17);
        Assert.Equal(1000, facts.Count);

        var report = SourceStatisticsCalculator.Compute(facts, Priced, StatisticsPeriod.Month(2026, 5));

        Assert.Equal(1000, report.Total.Leads);
        Assert.Equal(39.00m, report.For(SourceCatalogue.LaCentrale).SharePercent);
        Assert.Equal(39.00m, report.For(SourceCatalogue.LeBonCoin).SharePercent);
        Assert.Equal(8.00m, report.For(SourceCatalogue.ManufacturerUsedCarSite).SharePercent);
        Assert.Equal(14.00m, report.Rows.Where(r => r.SourceId is not (SourceCatalogue.LaCentrale or SourceCatalogue.LeBonCoin or SourceCatalogue.ManufacturerUsedCarSite)).Sum(r => r.SharePercent));

        var manufacturer = report.For(SourceCatalogue.ManufacturerUsedCarSite);
        Assert.Equal(21.25m, manufacturer.ContractConversionPercent);                              // 17 / 80
        Assert.Equal(21m, Math.Round(manufacturer.ContractConversionPercent, 0, MidpointRounding.AwayFromZero)); // the seed's 21 %
        Assert.Equal(10.00m, report.For(SourceCatalogue.LaCentrale).ContractConversionPercent);    // 39 / 390

        Assert.Equal(80.00m, manufacturer.AcknowledgedWithinSlaPercent);   // 64 of 80
        Assert.Equal(75.00m, manufacturer.QualifiedPercent);               // 60 of 80
        Assert.Equal(50.00m, manufacturer.OfferConversionPercent);         // 40 of 80

        Assert.Equal(2_400m, manufacturer.TotalCost);                      // 80 × 30 €
        Assert.Equal(30m, manufacturer.CostPerLead);
        Assert.Equal(141.18m, manufacturer.CostPerSale);                   // 2 400 / 17 = 141.176…
        Assert.Equal(200m, report.For(SourceCatalogue.LaCentrale).CostPerSale);   // 7 800 / 39
        Assert.Equal(100m, report.For(SourceCatalogue.LeBonCoin).CostPerSale);    // 3 900 / 39
        Assert.Equal(14_100m, report.Total.TotalCost);                     // 7 800 + 3 900 + 2 400
        Assert.Equal(14.10m, report.Total.CostPerLead);
        Assert.Equal(148.42m, report.Total.CostPerSale);                   // 14 100 / 95 = 148.421…
    }

    [Fact]
    public void Five_such_months_show_exactly_21_percent()
    {
        var facts = new[] { 17, 17, 17, 17, 16 }.SelectMany((sales, i) => Month(3 + i, sales)).ToList();

        var report = SourceStatisticsCalculator.Compute(facts, Priced, new StatisticsPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 31)));

        var manufacturer = report.For(SourceCatalogue.ManufacturerUsedCarSite);
        Assert.Equal((400, 84), (manufacturer.Leads, manufacturer.Won));
        Assert.Equal(21.00m, manufacturer.ContractConversionPercent);
        Assert.Equal(8.00m, manufacturer.SharePercent);
        Assert.Equal(39.00m, report.For(SourceCatalogue.LaCentrale).SharePercent);
        Assert.Equal(39.00m, report.For(SourceCatalogue.LeBonCoin).SharePercent);
    }
}
