namespace Leasing.Prospecting.Domain.Statistics;

/// <summary>
/// One source over a period: what it brought, how it was handled, what it became and what it cost. The rates are
/// shares of the source's own leads; the share is of all leads of the period. Costs are per lead and per sale
/// (a won lead), in EUR; null when there is nothing to divide by.
/// </summary>
public sealed record SourceStatisticsRow(
    string SourceId,
    string SourceName,
    int Leads,
    decimal SharePercent,
    int AcknowledgedWithinSla,
    decimal AcknowledgedWithinSlaPercent,
    int Qualified,
    decimal QualifiedPercent,
    int OffersMade,
    decimal OfferConversionPercent,
    int Won,
    decimal ContractConversionPercent,
    decimal TotalCost,
    decimal? CostPerLead,
    decimal? CostPerSale);

/// <summary>Rows in catalogue order (sources that brought nothing included, unknown sources last) and the all-sources total.</summary>
public sealed record SourceStatisticsReport(StatisticsPeriod Period, IReadOnlyList<SourceStatisticsRow> Rows, SourceStatisticsRow Total)
{
    public SourceStatisticsRow For(string sourceId) => Rows.Single(r => r.SourceId == sourceId);
}
