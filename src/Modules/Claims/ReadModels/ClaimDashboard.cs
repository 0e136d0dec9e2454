using System.Globalization;
using System.Text;
using Leasing.Claims.Domain;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Claims.ReadModels;

/// <summary>The claims desk's dashboard and its exports: the figures as JSON, or one CSV row per claim for a spreadsheet.</summary>
public static class ClaimDashboard
{
    public static async Task<IReadOnlyList<Claim>> ClaimsAsync(IQuerySession session, DateOnly from, CancellationToken cancellation)
    {
        var since = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        // Open claims (whatever their age) and those declared or closed in the period.
        return await session.Query<Claim>().Where(c => c.ClosedAt == null || c.DeclaredAt >= since || c.ClosedAt >= since).ToListAsync(cancellation);
    }

    public static async Task<ClaimStatistics> ComputeAsync(IQuerySession session, DateOnly from, DateOnly to, DateTimeOffset now, CancellationToken cancellation) =>
        ClaimStatistics.Compute(await ClaimsAsync(session, from, cancellation), from, to, now);

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverineGet("/api/claims/dashboard", Name = "ClaimsDashboard")]
    [Tags("Claims")]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken cancellation,
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? format)
    {
        var errors = new FieldErrors().Required(from, "from").Required(to, "to")
            .When(format is not null and not ("json" or "csv"), "format", "json or csv.");
        DateOnly start = default, end = default;
        if (from is not null && !DateOnly.TryParse(from, CultureInfo.InvariantCulture, out start)) errors.Add("from", "A date such as 2026-11-01.");
        if (to is not null && !DateOnly.TryParse(to, CultureInfo.InvariantCulture, out end)) errors.Add("to", "A date such as 2026-11-30.");
        if (!errors.Any) errors.When(end < start, "to", "Must not be before 'from'.").When(end.DayNumber - start.DayNumber > 366, "to", "At most a year.");
        if (errors.Any) return Results.Problem(errors.ToProblem());

        var now = clock.GetUtcNow();
        var claims = await ClaimsAsync(session, start, cancellation);
        if (format == "csv")
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ToCsv(claims, now))).ToArray(), "text/csv; charset=utf-8",
                $"sinistres-{start:yyyy-MM-dd}-{end:yyyy-MM-dd}.csv");
        return Results.Ok(ClaimStatistics.Compute(claims, start, end, now));
    }

    public static readonly string[] Columns =
    [
        "sinistre", "contrat", "immatriculation", "client", "nature", "canal", "étape", "déclaré le", "âge (jours)", "expert missionné le",
        "délai expert dépassé", "autorisation le", "délai autorisation dépassé", "garage", "chiffrage expert €", "autorisé €", "facturé €",
        "indemnité assureur €", "franchise client €", "solde €", "jours véhicule de remplacement", "clôturé le",
    ];

    /// <summary>Semicolon-separated with decimal commas, as French spreadsheets open it; the BOM tells Excel it is UTF-8.</summary>
    public static string ToCsv(IEnumerable<Claim> claims, DateTimeOffset now)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        string N(decimal? value) => value?.ToString("0.00", fr) ?? "";
        string D(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        string Text(string? value) => value is null ? "" : value.Contains(';') || value.Contains('"') || value.Contains('\n')
            ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
        var csv = new StringBuilder(string.Join(';', Columns)).Append('\n');
        foreach (var claim in claims.OrderBy(c => c.DeclaredAt))
        {
            var slas = ClaimSla.Checks(claim, now);
            var ledger = claim.Ledger;
            string Breached(SlaKind kind) => slas.FirstOrDefault(s => s.Kind == kind) is { } s ? (s.Breached(now) ? "oui" : "non") : "";
            string[] cells =
            [
                claim.Number, claim.Vehicle.ContractNumber, claim.Registration, Text(claim.Vehicle.CustomerName), claim.Incident.Kind.ToString(),
                claim.Channel.ToString(), claim.Stage.ToString(), D(claim.DeclaredAt), ((int)(now - claim.DeclaredAt).TotalDays).ToString(fr),
                D(claim.Expert?.AppointedAt), Breached(SlaKind.ExpertAppointment), D(claim.Repair?.AuthorisedAt), Breached(SlaKind.RepairAuthorisation),
                Text(claim.Repair?.Garage), N(ledger.ExpertFigure), N(ledger.AuthorisedAmount), N(ledger.Invoiced), N(ledger.InsurerPayout),
                N(ledger.DeductibleCharged), N(ledger.Balance), claim.Replacement?.DaysUsed?.ToString(fr) ?? "", D(claim.ClosedAt),
            ];
            csv.AppendJoin(';', cells).Append('\n');
        }
        return csv.ToString();
    }
}
