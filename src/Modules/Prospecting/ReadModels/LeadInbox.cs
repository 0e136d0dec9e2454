using System.Security.Claims;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Prospecting.ReadModels;

public enum SlaState { OnTime, Due, Breached, Met }

/// <param name="NextFollowUp">The advisor's next reminder on this lead ("call back at …"); <c>FollowUpDue</c> once it is time.</param>
public sealed record InboxLead(Guid Id, string Name, string SourceId, LeadStatus Status, DateTimeOffset CapturedAt, string? PointOfSale,
    string? Advisor, DateTimeOffset? DueAt, SlaState Sla, int Version, DateTimeOffset? NextFollowUp = null, bool FollowUpDue = false);

public sealed record InboxPage(IReadOnlyList<InboxLead> Items, long Total, int Page, int PageSize);

/// <summary>
/// The lead inbox: mine, my team's (my points of sale), unassigned, or all; newest first; each lead with the deadline
/// of its current SLA (acknowledge, then qualify) counted in its point of sale's opening hours.
/// </summary>
public static class LeadInbox
{
    public static readonly string[] Views = ["mine", "team", "unassigned", "all", "reminders"];

    [Authorize(Policy = Policies.Sales)]
    [WolverineGet("/api/leads", Name = "LeadInbox")]
    [Tags("Leads")]
    public static async Task<IResult> Get(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellation,
        [FromQuery] string? view, [FromQuery] int? page, [FromQuery] int? pageSize)
    {
        var errors = new FieldErrors()
            .When(view is not null && !Views.Contains(view), "view", $"One of: {string.Join(", ", Views)}.")
            .When(page < 1, "page", "'page' starts at 1.")
            .When(pageSize is < 1 or > 200, "pageSize", "Between 1 and 200.");
        if (errors.Any) return Results.Problem(errors.ToProblem());

        return Results.Ok(await PageAsync(session, user.NameOf(), view ?? "all", page ?? 1, pageSize ?? 25, clock.GetUtcNow(), cancellation));
    }

    /// <summary>One page of the inbox for a user, shared by the API and the admin.</summary>
    public static async Task<InboxPage> PageAsync(IQuerySession session, string userName, string view, int page, int pageSize, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var pointsOfSale = await session.Query<PointOfSale>().ToListAsync(cancellation);
        var me = userName;
        var myAdvisorIds = pointsOfSale.SelectMany(p => p.Advisors).Where(a => a.UserName == me).Select(a => a.Id).ToArray();
        var myPointsOfSale = pointsOfSale.Where(p => p.Advisors.Any(a => a.UserName == me)).Select(p => p.Id).ToArray();

        IQueryable<Lead> query = session.Query<Lead>().Where(l => l.ClosedAt == null);
        query = view switch
        {
            "mine" => query.Where(l => l.AdvisorId != null && myAdvisorIds.Contains(l.AdvisorId.Value)),
            "team" => query.Where(l => myPointsOfSale.Contains(l.PointOfSaleId)),
            "unassigned" => query.Where(l => l.AdvisorId == null),
            // My leads with a reminder; those due first (sorted below).
            "reminders" => query.Where(l => l.AdvisorId != null && myAdvisorIds.Contains(l.AdvisorId.Value) && l.FollowUps.Any()),
            _ => query,
        };
        var leads = await query.OrderByDescending(l => l.CapturedAt).ToPagedListAsync(page, pageSize, cancellation);
        var items = leads.Select(lead =>
        {
            var pos = pointsOfSale.FirstOrDefault(p => p.Id == lead.PointOfSaleId);
            var deadlines = SlaPolicy.Seed.DeadlinesFor(lead.CapturedAt, pos?.OpeningHours ?? OpeningHours.AlwaysOpen);
            var due = lead.Status == LeadStatus.New ? deadlines.AcknowledgeBy : lead.Status == LeadStatus.Acknowledged ? deadlines.QualifyBy : (DateTimeOffset?)null;
            var state = due is null ? SlaState.Met : now > due ? SlaState.Breached : due - now < TimeSpan.FromMinutes(5) ? SlaState.Due : SlaState.OnTime;
            var next = PendingFollowUps(lead).Select(f => (DateTimeOffset?)f.DueAt).Min();
            return new InboxLead(lead.Id, lead.Contact.DisplayName, lead.SourceId, lead.Status, lead.CapturedAt, pos?.Name,
                pos?.Advisors.FirstOrDefault(a => a.Id == lead.AdvisorId)?.Name, due, state, lead.Version, next, next <= now);
        }).ToList();
        return new InboxPage(items, leads.TotalItemCount, page, pageSize);
    }

    /// <summary>A reminder stays pending until the advisor logs something (call, e-mail, note, visit) at or after its time.</summary>
    public static IEnumerable<FollowUp> PendingFollowUps(Lead lead) =>
        lead.FollowUps.Where(f => !lead.Activities.Any(a => a.OccurredAt >= f.DueAt));

    [Authorize(Policy = Policies.Sales)]
    [WolverineGet("/api/leads/{id}", Name = "GetLead")]
    [Tags("Leads")]
    public static async Task<IResult> GetOne(Guid id, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<Lead>(id, cancellation) is { } lead ? Results.Ok(lead) : Results.Problem(Problems.NotFound("Lead"));
}
