using System.Linq.Expressions;
using System.Security.Claims;
using Leasing.Claims.ReadModels;
using Leasing.Kernel.Security;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Tasks;
using Marten;

namespace Leasing.Web.Pages.Claims;

public sealed record ClaimInboxItem(InboxTask Task, ClaimSummary? Claim);

/// <param name="TotalIsExact">False when there are more tasks than <see cref="Total"/> says (only a few pages ahead are counted).</param>
public sealed record ClaimInboxPage(IReadOnlyList<ClaimInboxItem> Items, long Total, bool TotalIsExact, int Page, int PageSize);

/// <summary>
/// The claims handler's inbox: the workflow's open tasks in the views of <see cref="TaskInbox"/> (mine, available, team),
/// sorted by due time in the database, with the summary of each task's claim beside it.
/// <para>
/// It asks the same question as <see cref="TaskInbox.PageAsync"/> (a test holds the two to the same answers) but reads
/// less: the page with a plain LIMIT, walking the due-time index (a millisecond), and the tasks counted only a few pages
/// ahead, both in one round trip. Marten's paged list counts with a window function, which sorts every open task for
/// each page, and even a plain count reads every open task's row: with 10 000 open tasks that is 20 ms per page, which 50
/// handlers refreshing their inbox turn into seconds. Beyond the pages counted the inbox says "more than".
/// </para>
/// </summary>
public static class ClaimsInboxQuery
{
    /// <summary>How many pages beyond the one asked for are counted: enough for the pager to offer the next ones.</summary>
    public const int PagesCountedAhead = 4;

    public static TaskActor ActorOf(ClaimsPrincipal user) => new(user.NameOf(), Roles.All.Where(user.IsInRole).ToHashSet(StringComparer.Ordinal));

    public static async Task<ClaimInboxPage> PageAsync(IQuerySession session, TaskActor actor, string view, int page, int pageSize, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var filter = Filter(actor, view);
        var counted = (page + PagesCountedAhead) * pageSize + 1;
        var batch = session.CreateBatchQuery();
        var upTo = batch.Query<HumanTaskView>().WhereAll(filter).Take(counted).Select(t => t.Id).ToList();
        var tasks = batch.Query<HumanTaskView>().WhereAll(filter).OrderBy(t => t.DueAt).ThenBy(t => t.OpenedAt)
            .Skip((page - 1) * pageSize).Take(pageSize).ToList();
        await batch.Execute(cancellation);
        var total = (await upTo).Count;

        var open = await tasks;
        var claimIds = open.Select(t => Guid.TryParse(t.CorrelationKey, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var claims = await ClaimQueries.SummariesAsync(session, claimIds, now, cancellation);
        var items = open.Select(t => new ClaimInboxItem(new InboxTask(t, t.IsOverdue(now)),
            Guid.TryParse(t.CorrelationKey, out var id) && claims.TryGetValue(id, out var claim) ? claim : null)).ToList();
        return total < counted ? new ClaimInboxPage(items, total, true, page, pageSize) : new ClaimInboxPage(items, counted - 1, false, page, pageSize);
    }

    /// <summary>The open tasks of a view, as <see cref="TaskInbox"/> defines them (<see cref="TaskFilters"/>).</summary>
    public static IReadOnlyList<Expression<Func<HumanTaskView, bool>>> Filter(TaskActor actor, string view) => view is "mine" or "available" or "team"
        ? TaskFilters.For(actor, view, HumanTaskStatus.Open, correlationKey: null)
        : throw new ArgumentOutOfRangeException(nameof(view), view, "mine, available or team");
}
