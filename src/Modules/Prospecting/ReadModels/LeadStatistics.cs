using System.Globalization;
using System.Text;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Leasing.Prospecting.Domain.Sources;
using Leasing.Prospecting.Domain.Statistics;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Prospecting.ReadModels;

/// <summary>
/// Statistics per source for a period, so the sales manager can judge each lead provider's worth and negotiate:
/// leads, share, acknowledged within SLA, qualified, converted to offer and to contract, cost per lead and per sale.
/// Erased leads still count: erasure masks the person, not the figures. Read from <see cref="LeadStatisticsRow"/>, which
/// the async daemon keeps a moment behind the leads.
/// </summary>
public static class LeadStatistics
{
    public static async Task<SourceStatisticsReport> ComputeAsync(IQuerySession session, StatisticsPeriod period, CancellationToken cancellation)
    {
        var zone = BusinessCalendar.Paris;
        var from = new DateTimeOffset(period.From.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(period.From.ToDateTime(TimeOnly.MinValue)));
        var to = new DateTimeOffset(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        // Npgsql sends timestamptz parameters in UTC only.
        var (fromUtc, toUtc) = (from.ToUniversalTime(), to.ToUniversalTime());
        var rows = await session.Query<LeadStatisticsRow>().Where(l => l.CapturedAt >= fromUtc && l.CapturedAt < toUtc).ToListAsync(cancellation);
        var hours = (await session.Query<PointOfSale>().ToListAsync(cancellation)).ToDictionary(p => p.Id, p => p.OpeningHours);
        var facts = rows.Select(r => r.ToFact(hours.GetValueOrDefault(r.PointOfSaleId) ?? OpeningHours.AlwaysOpen, SlaPolicy.Seed));
        var catalogue = (await Features.LeadSources.LoadAsync(session, cancellation)).Catalogue;
        return SourceStatisticsCalculator.Compute(facts, catalogue, period);
    }

    [Authorize(Policy = Policies.SalesManagement)]
    [WolverineGet("/api/leads/statistics", Name = "LeadStatistics")]
    [Tags("Leads")]
    public static async Task<IResult> Get(IQuerySession session, CancellationToken cancellation,
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? format)
    {
        var errors = new FieldErrors().Required(from, "from").Required(to, "to")
            .When(format is not null and not ("json" or "csv" or "xlsx"), "format", "json, csv or xlsx.");
        DateOnly start = default, end = default;
        if (from is not null && !DateOnly.TryParse(from, CultureInfo.InvariantCulture, out start)) errors.Add("from", "A date such as 2026-11-01.");
        if (to is not null && !DateOnly.TryParse(to, CultureInfo.InvariantCulture, out end)) errors.Add("to", "A date such as 2026-11-30.");
        if (!errors.Any) errors.When(end < start, "to", "Must not be before 'from'.").When(end.DayNumber - start.DayNumber > 366, "to", "At most a year.");
        if (errors.Any) return Results.Problem(errors.ToProblem());

        var report = await ComputeAsync(session, new StatisticsPeriod(start, end), cancellation);
        var fileName = $"leads-par-source-{start:yyyy-MM-dd}-{end:yyyy-MM-dd}";
        return format switch
        {
            "csv" => Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ToCsv(report))).ToArray(), "text/csv; charset=utf-8", fileName + ".csv"),
            "xlsx" => Results.File(ToXlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx"),
            _ => Results.Ok(report),
        };
    }

    public static readonly string[] Columns =
        ["source", "leads", "part %", "pris en charge dans le délai %", "qualifiés %", "offre %", "contrat %", "coût par lead €", "coût par vente €"];

    public static byte[] ToXlsx(SourceStatisticsReport report) => Kernel.Reports.XlsxWriter.Write("Leads par source", Columns,
        report.Rows.Append(report.Total).Select(row => (IReadOnlyList<object?>)
        [
            row.SourceName, row.Leads, row.SharePercent, row.AcknowledgedWithinSlaPercent, row.QualifiedPercent,
            row.OfferConversionPercent, row.ContractConversionPercent, row.CostPerLead, row.CostPerSale,
        ]));

    /// <summary>Semicolon-separated with decimal commas, as French spreadsheets open it; the BOM tells Excel it is UTF-8.</summary>
    public static string ToCsv(SourceStatisticsReport report)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        string N(decimal? value) => value?.ToString("0.##", fr) ?? "";
        var csv = new StringBuilder("source;leads;part %;pris en charge dans le délai %;qualifiés %;offre %;contrat %;coût par lead €;coût par vente €\n");
        foreach (var row in report.Rows.Append(report.Total))
            csv.Append(row.SourceName).Append(';').Append(row.Leads).Append(';').Append(N(row.SharePercent)).Append(';')
                .Append(N(row.AcknowledgedWithinSlaPercent)).Append(';').Append(N(row.QualifiedPercent)).Append(';')
                .Append(N(row.OfferConversionPercent)).Append(';').Append(N(row.ContractConversionPercent)).Append(';')
                .Append(N(row.CostPerLead)).Append(';').Append(N(row.CostPerSale)).Append('\n');
        return csv.ToString();
    }
}
