using System.Security.Claims;
using Claim = Leasing.Claims.Domain.Claim;
using Leasing.Claims.Domain;
using Leasing.Claims.Features;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Claims.ReadModels;

/// <summary>A claim in a list or beside a task in the inbox: enough to know what it is about without opening it.</summary>
public sealed record ClaimSummary(Guid Id, string Number, string Registration, string Vehicle, string DriverName, string CustomerName, string? CompanyId,
    ClaimKind Kind, ClaimStage Stage, bool Drivable, bool Injuries, ClaimPriority? Priority, DateTimeOffset OccurredAt, DateTimeOffset DeclaredAt,
    DateTimeOffset? ClosedAt, decimal Balance, DateTimeOffset? NextDeadline, bool SlaBreached, int Version)
{
    public static ClaimSummary Of(Claim claim, DateTimeOffset now)
    {
        var checks = ClaimSla.Checks(claim, now);
        var next = checks.Where(c => c.MetAt is null).Select(c => (DateTimeOffset?)c.DueBy).Min();
        return new ClaimSummary(claim.Id, claim.Number, claim.Registration, $"{claim.Vehicle.Make} {claim.Vehicle.Model}", claim.Driver.Name,
            claim.Vehicle.CustomerName, claim.CompanyId, claim.Incident.Kind, claim.Stage, claim.Incident.Drivable, claim.Incident.Injuries, claim.Triage?.Priority,
            claim.Incident.OccurredAt, claim.DeclaredAt, claim.ClosedAt, claim.Ledger.Balance, next, checks.Any(c => c.Breached(now)), claim.Version);
    }
}

/// <summary>The fields of a claim its summary is made of, as read from the claim's JSON.</summary>
public sealed class ClaimCardRow
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public string Registration { get; set; } = "";
    public string Make { get; set; } = "";
    public string Model { get; set; } = "";
    public string DriverName { get; set; } = "";
    public string CustomerName { get; set; } = "";
    public string? CompanyId { get; set; }
    public ClaimKind Kind { get; set; }
    public ClaimStage Stage { get; set; }
    public bool Drivable { get; set; }
    public bool Injuries { get; set; }
    public TriageInfo? Triage { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset DeclaredAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public decimal Balance { get; set; }
    public DateTimeOffset ExpertAppointmentDueBy { get; set; }
    public ExpertMission? Expert { get; set; }
    public ExpertReport? Report { get; set; }
    public RepairWork? Repair { get; set; }
    public int Version { get; set; }

    public ClaimSummary ToSummary(DateTimeOffset now)
    {
        // The SLA checks need only these parts of the claim.
        var claim = new Claim { ExpertAppointmentDueBy = ExpertAppointmentDueBy, Expert = Expert, Report = Report, Repair = Repair, ClosedAt = ClosedAt };
        var checks = ClaimSla.Checks(claim, now);
        var next = checks.Where(c => c.MetAt is null).Select(c => (DateTimeOffset?)c.DueBy).Min();
        return new ClaimSummary(Id, Number, Registration, $"{Make} {Model}", DriverName, CustomerName, CompanyId, Kind, Stage, Drivable, Injuries, Triage?.Priority,
            OccurredAt, DeclaredAt, ClosedAt, Balance, next, checks.Any(c => c.Breached(now)), Version);
    }
}

public sealed record ClaimPage(IReadOnlyList<ClaimSummary> Items, long Total, int Page, int PageSize);

/// <summary>A claim as its page shows it: the claim, its money, what may be recorded now, what keeps it open, its SLAs.</summary>
public sealed record ClaimView(Claim Claim, ClaimLedger Ledger, ClaimStage Stage, IReadOnlyList<ClaimAction> AllowedActions, IReadOnlyList<string> Blockers,
    IReadOnlyList<SlaCheck> Slas);

public static class ClaimQueries
{
    [Authorize(Policy = Policies.ReadClaims)]
    [WolverineGet("/api/claims", Name = "ListClaims")]
    [Tags("Claims")]
    public static async Task<IResult> List(ClaimsPrincipal user, IQuerySession session, TimeProvider clock, CancellationToken cancellation,
        [FromQuery] string? stage, [FromQuery] bool? open, [FromQuery] string? search, [FromQuery] int? page, [FromQuery] int? pageSize)
    {
        var errors = new FieldErrors().When(page < 1, "page", "'page' starts at 1.").When(pageSize is < 1 or > 200, "pageSize", "Between 1 and 200.");
        var wanted = errors.Enum<ClaimStage>(stage, "stage", required: false);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var company = ClaimAccess.IsFleetManagerOnly(user) ? user.CompanyOf() ?? "" : null;
        return Results.Ok(await PageAsync(session, company, wanted, open, search, page ?? 1, pageSize ?? 25, clock.GetUtcNow(), cancellation));
    }

    /// <param name="companyId">A fleet manager's company (only its claims), or null for staff.</param>
    public static async Task<ClaimPage> PageAsync(IQuerySession session, string? companyId, ClaimStage? stage, bool? open, string? search, int page, int pageSize,
        DateTimeOffset now, CancellationToken cancellation)
    {
        IQueryable<Claim> query = session.Query<Claim>();
        if (companyId is not null) query = query.Where(c => c.CompanyId == companyId);
        if (stage is { } s) query = query.Where(c => c.Stage == s);
        if (open == true) query = query.Where(c => c.ClosedAt == null);
        if (open == false) query = query.Where(c => c.ClosedAt != null);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            var plates = Registrations.Display(text);
            query = query.Where(c => c.Number == text.ToUpperInvariant() || c.Registration == plates || c.Driver.Name.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
        var claims = await query.OrderByDescending(c => c.DeclaredAt).ToPagedListAsync(page, pageSize, cancellation);
        return new ClaimPage(claims.Select(c => ClaimSummary.Of(c, now)).ToList(), claims.TotalItemCount, page, pageSize);
    }

    /// <summary>
    /// The summaries of the given claims (the inbox shows one beside each task), in one query that reads only the fields a
    /// summary needs from each claim's JSON rather than whole claims: the inbox is the desk's most frequent read.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, ClaimSummary>> SummariesAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, DateTimeOffset now,
        CancellationToken cancellation)
    {
        if (ids.Count == 0) return new Dictionary<Guid, ClaimSummary>();
        var wanted = ids.ToArray();
        var rows = await session.Query<Claim>().Where(c => c.Id.IsOneOf(wanted)).Select(c => new ClaimCardRow
        {
            Id = c.Id, Number = c.Number, Registration = c.Registration, Make = c.Vehicle.Make, Model = c.Vehicle.Model, DriverName = c.Driver.Name,
            CustomerName = c.Vehicle.CustomerName, CompanyId = c.CompanyId, Kind = c.Incident.Kind, Stage = c.Stage, Drivable = c.Incident.Drivable,
            Injuries = c.Incident.Injuries, Triage = c.Triage, OccurredAt = c.Incident.OccurredAt, DeclaredAt = c.DeclaredAt, ClosedAt = c.ClosedAt,
            Balance = c.Ledger.Balance, ExpertAppointmentDueBy = c.ExpertAppointmentDueBy, Expert = c.Expert, Report = c.Report, Repair = c.Repair,
            Version = c.Version,
        }).ToListAsync(cancellation);
        return rows.ToDictionary(r => r.Id, r => r.ToSummary(now));
    }

    [Authorize(Policy = Policies.ReadClaims)]
    [WolverineGet("/api/claims/{id}", Name = "GetClaim")]
    [Tags("Claims")]
    public static async Task<IResult> Get(Guid id, ClaimsPrincipal user, IQuerySession session, TimeProvider clock, CancellationToken cancellation) =>
        await ViewAsync(session, user, id, clock.GetUtcNow(), cancellation) is { } view ? Results.Ok(view) : Results.Problem(Problems.NotFound("Claim"));

    /// <summary>Null when there is no such claim or the user may not see it (a fleet manager and another company's claim).</summary>
    public static async Task<ClaimView?> ViewAsync(IQuerySession session, ClaimsPrincipal user, Guid id, DateTimeOffset now, CancellationToken cancellation)
    {
        if (await session.LoadAsync<Claim>(id, cancellation) is not { } claim || !ClaimAccess.CanSee(user, claim)) return null;
        // A fleet manager reads; only the claims desk records.
        var actions = user.IsInRole(Roles.ClaimsHandler) || user.IsInRole(Roles.SeniorClaimsHandler) || user.IsInRole(Roles.Admin)
            ? ClaimActions.Allowed(claim) : [];
        return new ClaimView(claim with { TrackingCodeHash = "" }, claim.Ledger, claim.Stage, actions, ClaimClosure.Blockers(claim), ClaimSla.Checks(claim, now));
    }

    [Authorize(Policy = Policies.ReadClaims)]
    [WolverineGet("/api/claims/accident-report-cases", Name = "AccidentReportCases")]
    [Tags("Claims")]
    public static IReadOnlyList<AccidentReportCase> Cases() => AccidentReportCases.All;
}
