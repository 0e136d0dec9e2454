using System.Security.Claims;
using Leasing.Kernel.Security;
using Leasing.Workflows.ReadModels;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Workflows.Features.Notifications;

public sealed record NotificationPage(IReadOnlyList<WorkflowNotification> Items, int Unread);

/// <summary>
/// The in-app notifications of Notify activities addressed to me or to one of my roles, newest first. A role's
/// notification is one message for the whole role: the first reader marks it read for everyone (as a shared mailbox).
/// </summary>
public static class NotificationInbox
{
    [Authorize(Policy = Policies.Authenticated)]
    [WolverineGet("/api/workflows/notifications", Name = "MyNotifications")]
    [Tags("Workflow notifications")]
    public static async Task<NotificationPage> Get(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation, [FromQuery] bool? unreadOnly)
    {
        var actor = WorkflowProblems.ActorOf(user);
        var me = actor.UserName;
        var roles = actor.Roles.ToArray();
        var mine = session.Query<WorkflowNotification>().Where(n => n.User == me || (n.User == null && n.Role.IsOneOf(roles)));
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellation);
        if (unreadOnly == true) mine = mine.Where(n => n.ReadAt == null);
        var items = await mine.OrderByDescending(n => n.At).Take(50).ToListAsync(cancellation);
        return new NotificationPage(items, unread);
    }

    [Authorize(Policy = Policies.Authenticated)]
    [WolverinePost("/api/workflows/notifications/{id}/read", Name = "ReadNotification")]
    [Tags("Workflow notifications")]
    public static async Task<IResult> Read(Guid id, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellation)
    {
        var actor = WorkflowProblems.ActorOf(user);
        if (await session.LoadAsync<WorkflowNotification>(id, cancellation) is not { } notification
            || !(notification.User == actor.UserName || (notification.User is null && notification.Role is { } role && actor.Roles.Contains(role))))
            return WorkflowProblems.NotFound("The notification");
        if (notification.ReadAt is null) session.Store(notification with { ReadAt = clock.GetUtcNow(), ReadBy = actor.UserName });
        return Results.Ok(new { id, read = true });
    }
}
