using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.Sources;
using Leasing.Prospecting.Domain.Statistics;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;

namespace Leasing.Prospecting.Tests.Statistics;

public class SourceStatisticsTests
{
    private static readonly SourceCatalogue Two = new(
    [
        new LeadSource("a", "Source A", 12m, false),
        new LeadSource("b", "Source B", 7.5m, false),
        new LeadSource("idle", "Source sans lead", 99m, false),
    ]);

    private static readonly StatisticsPeriod March = StatisticsPeriod.Month(2026, 3);

    private static LeadFact Fact(string source, bool ack = false, bool qualified = false, bool offer = false, bool won = false, DateTimeOffset? at = null) =>
        new(source, at ?? Winter(2026, 3, 10, 10), ack, qualified, offer, won);

    [Fact]
    public void Counts_rates_and_costs_per_source()
    {
        LeadFact[] facts =
        [
            Fact("a", ack: true, qualified: true, offer: true, won: true),
            Fact("a", ack: true, qualified: true, offer: true),
            Fact("a", ack: true, qualified: true),
            Fact("a"),
            Fact("b", ack: true, qualified: true, offer: true, won: true),
            Fact("b", ack: true),
            Fact("b"),
            Fact("b"),
        ];

        var report = SourceStatisticsCalculator.Compute(facts, Two, March);

        var a = report.For("a");
        Assert.Equal((4, 50.00m), (a.Leads, a.SharePercent));
        Assert.Equal((75.00m, 75.00m, 50.00m, 25.00m), (a.AcknowledgedWithinSlaPercent, a.QualifiedPercent, a.OfferConversionPercent, a.ContractConversionPercent));
        Assert.Equal((48m, 12m, 48m), (a.TotalCost, a.CostPerLead!.Value, a.CostPerSale!.Value));

        var b = report.For("b");
        Assert.Equal((50.00m, 25.00m, 25.00m, 25.00m), (b.AcknowledgedWithinSlaPercent, b.QualifiedPercent, b.OfferConversionPercent, b.ContractConversionPercent));
        Assert.Equal((30m, 7.5m, 30m), (b.TotalCost, b.CostPerLead!.Value, b.CostPerSale!.Value));

        Assert.Equal((8, 100m, 78m, 9.75m, 39m), (report.Total.Leads, report.Total.SharePercent, report.Total.TotalCost, report.Total.CostPerLead!.Value, report.Total.CostPerSale!.Value));
        Assert.Equal(["a", "b", "idle"], report.Rows.Select(r => r.SourceId));
    }

    [Fact]
    public void A_source_without_leads_or_sales_has_no_cost_per_unit()
    {
        var report = SourceStatisticsCalculator.Compute([Fact("a")], Two, March);

        var idle = report.For("idle");
        Assert.Equal((0, 0m, 0m), (idle.Leads, idle.SharePercent, idle.TotalCost));
        Assert.Null(idle.CostPerLead);
        Assert.Null(report.For("a").CostPerSale);
    }

    [Fact]
    public void Leads_of_a_source_no_longer_in_the_catalogue_are_still_counted()
    {
        var report = SourceStatisticsCalculator.Compute([Fact("a"), Fact("salon-2025")], Two, March);
        Assert.Equal((1, 50.00m, 0m), (report.For("salon-2025").Leads, report.For("salon-2025").SharePercent, report.For("salon-2025").TotalCost));
    }

    [Fact]
    public void Percentages_round_half_away_from_zero_to_two_decimals()
    {
        // 1 of 800 is 0.125 %: banker's rounding would show 0.12.
        var facts = Enumerable.Range(0, 800).Select(i => Fact(i == 0 ? "a" : "b")).ToList();
        Assert.Equal(0.13m, SourceStatisticsCalculator.Compute(facts, Two, March).For("a").SharePercent);

        var thirds = new[] { Fact("a", won: true), Fact("a"), Fact("a") };
        Assert.Equal(33.33m, SourceStatisticsCalculator.Compute(thirds, Two, March).For("a").ContractConversionPercent);
        Assert.Equal(12m, SourceStatisticsCalculator.Compute(thirds, Two, March).For("a").CostPerLead);
        // 36 € over one sale
        Assert.Equal(36m, SourceStatisticsCalculator.Compute(thirds, Two, March).For("a").CostPerSale);
    }

    [Fact]
    public void Cost_per_sale_is_rounded_to_the_cent_half_away_from_zero()
    {
        // 7 leads at 7.50 € = 52.50 € for 3 sales = 17.50 €.
        Assert.Equal(17.50m, SourceStatisticsCalculator.Compute(Leads("b", 7, won: 3), Two, March).For("b").CostPerSale);
        // 10 leads at 12 € = 120 € for 7 sales = 17.142857… €.
        Assert.Equal(17.14m, SourceStatisticsCalculator.Compute(Leads("a", 10, won: 7), Two, March).For("a").CostPerSale);
        // 5 leads at 0.01 € = 0.05 € for 2 sales = 0.025 €: half away from zero gives 0.03 (banker's would give 0.02).
        var cheap = new SourceCatalogue([new LeadSource("c", "Centime", 0.01m, false)]);
        Assert.Equal(0.03m, SourceStatisticsCalculator.Compute(Leads("c", 5, won: 2), cheap, March).For("c").CostPerSale);
    }

    private static List<LeadFact> Leads(string source, int count, int won) =>
        Enumerable.Range(0, count).Select(i => Fact(source, won: i < won)).ToList();

    [Fact]
    public void A_lead_belongs_to_the_Paris_day_it_was_captured_on()
    {
        LeadFact[] facts =
        [
            Fact("a", at: Summer(2026, 3, 31, 23, 30)),   // 21:30 UTC, still March in Paris
            Fact("a", at: Summer(2026, 4, 1, 0, 30)),     // 22:30 UTC on 31 March, but April in Paris
            Fact("a", at: Winter(2026, 3, 1, 0, 5)),      // 23:05 UTC on 28 February, March in Paris
            Fact("b", at: Winter(2026, 2, 28, 23, 55)),
        ];

        var report = SourceStatisticsCalculator.Compute(facts, Two, March);

        Assert.Equal(2, report.For("a").Leads);
        Assert.Equal(0, report.For("b").Leads);
        Assert.Equal(2, report.Total.Leads);
    }

    [Fact]
    public void Facts_come_from_the_lead_and_its_point_of_sale_calendar()
    {
        var captured = Winter(2026, 3, 13, 18, 55);
        var lead = Captured(captured);
        lead = Apply(lead, [new LeadAcknowledged(lead.Id, Winter(2026, 3, 14, 9, 10)), new LeadQualified(lead.Id, QualifiedNeed, Winter(2026, 3, 14, 10)),
            new OfferMade(lead.Id, Guid.NewGuid(), Winter(2026, 3, 14, 11)), new LeadWon(lead.Id, null, null, Winter(2026, 3, 20, 11))]);

        Assert.Equal(new LeadFact(SourceCatalogue.LaCentrale, captured, true, true, true, true), LeadFact.Of(lead, Dealership(), SlaPolicy.Seed));
        // Around the clock, 18:55 → 9:10 is far more than 20 minutes.
        Assert.False(LeadFact.Of(lead, OpeningHours.AlwaysOpen, SlaPolicy.Seed).AcknowledgedWithinSla);
        Assert.Equal(new LeadFact(SourceCatalogue.LaCentrale, captured, false, false, false, false), LeadFact.Of(Captured(captured), Dealership(), SlaPolicy.Seed));
    }
}
