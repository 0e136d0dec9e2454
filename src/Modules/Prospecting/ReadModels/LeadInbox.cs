using System.Linq.Expressions;
using System.Security.Claims;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Prospecting.ReadModels;

public enum SlaState { OnTime, Due, Breached, Met }

/// <param name="NextFollowUp">The advisor's next reminder on this lead ("call back at …"); <c>FollowUpDue</c> once it is time.</param>
public sealed record InboxLead(Guid Id, string Name, string SourceId, LeadStatus Status, DateTimeOffset CapturedAt, string? PointOfSale,
    string? Advisor, DateTimeOffset? DueAt, SlaState Sla, int Version, DateTimeOffset? NextFollowUp = null, bool FollowUpDue = false);

/// <param name="TotalIsCapped">More leads match than <see cref="LeadInbox.CountCap"/>: <c>Total</c> says "at least".</param>
public sealed record InboxPage(IReadOnlyList<InboxLead> Items, long Total, int Page, int PageSize, bool TotalIsCapped = false);

/// <summary>
/// The lead inbox: mine, my team's (my points of sale), unassigned, or all; newest first; each lead with the deadline
/// of its current SLA (acknowledge, then qualify) counted in its point of sale's opening hours.
/// </summary>
public static class LeadInbox
{
    public static readonly string[] Views = ["mine", "team", "unassigned", "all", "reminders"];

    /// <summary>
    /// The inbox counts matching leads up to this many, then says "more than": an exact count reads every match, which at
    /// a hundred thousand open leads costs more than the page itself, and nobody pages through four hundred pages.
    /// </summary>
    public const int CountCap = 10_000;

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

        var filter = view switch
        {
            "mine" => (Expression<Func<Lead, bool>>)(l => l.ClosedAt == null && l.AdvisorId != null && myAdvisorIds.Contains(l.AdvisorId.Value)),
            "team" => l => l.ClosedAt == null && myPointsOfSale.Contains(l.PointOfSaleId),
            "unassigned" => l => l.ClosedAt == null && l.AdvisorId == null,
            // My leads with a reminder.
            "reminders" => l => l.ClosedAt == null && l.AdvisorId != null && myAdvisorIds.Contains(l.AdvisorId.Value) && l.FollowUps.Any(),
            _ => l => l.ClosedAt == null,
        };
        // The page and the count in one round trip, as two statements: Marten's paged list counts with a window function,
        // which reads and sorts every matching lead, documents and all, for each page; the count here reads ids from an
        // index, and stops past the cap.
        var batch = session.CreateBatchQuery();
        var counted = batch.Query<Lead>().Where(filter).Take(CountCap + 1).Select(l => l.Id).ToList();
        var pageOfLeads = batch.Query<Lead>().Where(filter).OrderByDescending(l => l.CapturedAt).Skip((page - 1) * pageSize).Take(pageSize).ToList();
        await batch.Execute(cancellation);
        var leads = await pageOfLeads;
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
        var total = (await counted).Count;
        return new InboxPage(items, Math.Min(total, CountCap), page, pageSize, total > CountCap);
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
