using Leasing.Kernel.Monetary;
using Leasing.Prospecting.Domain.Sources;

namespace Leasing.Prospecting.Domain.Statistics;

/// <summary>
/// The sales manager's figures per source, to judge each source's worth and negotiate with the providers (seed 003).
/// A lead counts in the period it was captured in, with what has become of it since.
/// </summary>
public static class SourceStatisticsCalculator
{
    public const string TotalId = "total";

    public static SourceStatisticsReport Compute(IEnumerable<LeadFact> facts, SourceCatalogue catalogue, StatisticsPeriod period)
    {
        var inPeriod = facts.Where(f => period.Contains(f.CapturedAt)).ToList();
        var bySource = inPeriod.GroupBy(f => catalogue.Find(f.SourceId)?.Id ?? f.SourceId).ToDictionary(g => g.Key, g => g.ToList());

        var rows = catalogue.Sources
            .Select(s => Row(s.Id, s.Name, bySource.GetValueOrDefault(s.Id) ?? [], inPeriod.Count, s.CostPerLead))
            .Concat(bySource.Keys.Where(id => catalogue.Find(id) is null).Order(StringComparer.Ordinal)
                // A source removed from the catalogue still shows what it brought; its cost is no longer known.
                .Select(id => Row(id, id, bySource[id], inPeriod.Count, 0m)))
            .ToList();

        var totalCost = rows.Sum(r => r.TotalCost);
        var total = Row(TotalId, "Total", inPeriod, inPeriod.Count, 0m) with
        {
            TotalCost = totalCost,
            CostPerLead = PerUnit(totalCost, inPeriod.Count),
            CostPerSale = PerUnit(totalCost, inPeriod.Count(f => f.Won)),
        };
        return new SourceStatisticsReport(period, rows, total);
    }

    private static SourceStatisticsRow Row(string id, string name, IReadOnlyList<LeadFact> leads, int allLeads, decimal costPerLead)
    {
        var acknowledged = leads.Count(f => f.AcknowledgedWithinSla);
        var qualified = leads.Count(f => f.Qualified);
        var offers = leads.Count(f => f.OfferMade);
        var won = leads.Count(f => f.Won);
        var totalCost = MoneyRounding.ToCent(costPerLead * leads.Count);
        return new SourceStatisticsRow(id, name, leads.Count, Percentages.Of(leads.Count, allLeads),
            acknowledged, Percentages.Of(acknowledged, leads.Count),
            qualified, Percentages.Of(qualified, leads.Count),
            offers, Percentages.Of(offers, leads.Count),
            won, Percentages.Of(won, leads.Count),
            totalCost, PerUnit(totalCost, leads.Count), PerUnit(totalCost, won));
    }

    private static decimal? PerUnit(decimal cost, int count) => count == 0 ? null : MoneyRounding.ToCent(cost / count);
}
