using System.Security.Claims;
using System.Text.Json.Nodes;
using Leasing.Kernel.Security;
using Leasing.Web.Shared;
using Leasing.Workflows.Features.Tasks;
using Leasing.Workflows.Runtime.Hosting;
using Wolverine;

namespace Leasing.Web.Pages.Claims;

/// <summary>
/// Completes a workflow task from the claims pages with the Workflows API's own endpoint code, as the signed-in user,
/// in one transaction. The user's name is put on the outgoing messages too, so a command the task's outcome sends to
/// Claims (triage, approval, closure) is recorded as done by that person, as it is through the HTTP API.
/// </summary>
public static class ClaimTaskRunner
{
    public static Task<AdminOutcome> CompleteAsync(AdminCommands commands, WorkflowRuntime runtime, ClaimsPrincipal user, Guid taskId, string outcome,
        JsonObject fields) =>
        commands.RunAsync(user, (session, bus) =>
        {
            if (bus is IMessageContext context) context.UserName = user.NameOf();
            return CompleteTaskEndpoint.Post(taskId, new CompleteHumanTask(outcome, fields), user, session, bus, runtime, CancellationToken.None);
        });
}
