using System.Linq.Expressions;
using Leasing.Workflows.Runtime.Tasks;
using Marten;
using Marten.Services.BatchQuerying;

namespace Leasing.Workflows.ReadModels;

/// <summary>
/// Which tasks an inbox view shows, as conditions that all hold: the one definition of mine, available and team that the
/// workflow inbox and the inboxes built on it (the claims desk) query with, so they cannot drift apart.
/// </summary>
public static class TaskFilters
{
    public static IReadOnlyList<Expression<Func<HumanTaskView, bool>>> For(TaskActor actor, string view, HumanTaskStatus status, string? correlationKey)
    {
        var me = actor.UserName;
        var roles = actor.Roles.ToArray();
        var filters = new List<Expression<Func<HumanTaskView, bool>>> { t => t.Status == status };
        if (correlationKey is not null) filters.Add(t => t.CorrelationKey == correlationKey);
        switch (view)
        {
            case "mine" when status == HumanTaskStatus.Open:
                filters.Add(t => t.ClaimedBy == me || t.Assignee == me);
                break;
            case "mine":
                filters.Add(t => t.CompletedBy == me || t.ClaimedBy == me);
                break;
            case "available":
                filters.Add(t => t.ClaimedBy == null
                    && ((t.Assignee == null && t.Role.IsOneOf(roles)) || (t.Escalated && t.EscalateToRole.IsOneOf(roles)) || t.Assignee == me));
                break;
            case "team":
                filters.Add(t => t.Role.IsOneOf(roles) || (t.Escalated && t.EscalateToRole.IsOneOf(roles)));
                break;
        }
        return filters;
    }

    public static IBatchedQueryable<HumanTaskView> WhereAll(this IBatchedQueryable<HumanTaskView> query,
        IEnumerable<Expression<Func<HumanTaskView, bool>>> filters) =>
        filters.Aggregate(query, (current, filter) => current.Where(filter));

    public static IQueryable<HumanTaskView> WhereAll(this IQueryable<HumanTaskView> query, IEnumerable<Expression<Func<HumanTaskView, bool>>> filters) =>
        filters.Aggregate(query, (current, filter) => current.Where(filter));
}
