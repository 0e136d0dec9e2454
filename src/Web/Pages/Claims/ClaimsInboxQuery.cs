using System.Security.Claims;
using Leasing.Claims.ReadModels;
using Leasing.Kernel.Security;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Tasks;
using Marten;

namespace Leasing.Web.Pages.Claims;

public sealed record ClaimInboxItem(InboxTask Task, ClaimSummary? Claim);

public sealed record ClaimInboxPage(IReadOnlyList<ClaimInboxItem> Items, long Total, int Page, int PageSize);

/// <summary>
/// The claims handler's inbox: the workflow's task inbox (their tasks, their team's, those escalated to them), sorted by
/// due time in the database, with the summary of each task's claim beside it, read in one more query for the page.
/// </summary>
public static class ClaimsInboxQuery
{
    public static TaskActor ActorOf(ClaimsPrincipal user) => new(user.NameOf(), Roles.All.Where(user.IsInRole).ToHashSet(StringComparer.Ordinal));

    public static async Task<ClaimInboxPage> PageAsync(IQuerySession session, TaskActor actor, string view, int page, int pageSize, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var tasks = await TaskInbox.PageAsync(session, actor, view, HumanTaskStatus.Open, null, page, pageSize, now, cancellation);
        var claimIds = tasks.Items.Select(t => Guid.TryParse(t.Task.CorrelationKey, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var claims = await ClaimQueries.SummariesAsync(session, claimIds, now, cancellation);
        var items = tasks.Items.Select(t => new ClaimInboxItem(t,
            Guid.TryParse(t.Task.CorrelationKey, out var id) && claims.TryGetValue(id, out var claim) ? claim : null)).ToList();
        return new ClaimInboxPage(items, tasks.Total, page, pageSize);
    }
}
