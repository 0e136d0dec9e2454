using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Leasing.Workflows.Runtime.Tasks;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Leasing.Workflows.Features.Tasks;

/// <summary>
/// The shared path of task actions: find the task's instance, read it for writing (its version is checked at
/// commit), let the rules decide, append. A task that is no longer open is a 409: someone else finished it.
/// </summary>
internal static class TaskCommands
{
    public static async Task<IResult> ActAsync(IDocumentSession session, Guid taskId, Func<HumanTaskState, Guid, (TaskRefusal? Refusal, object? Event)> decide,
        CancellationToken cancellation)
    {
        if (await session.LoadAsync<HumanTaskView>(taskId, cancellation) is not { } view) return WorkflowProblems.NotFound("The task");
        var instance = await InstanceStore.LoadAsync(session, view.InstanceId, cancellation);
        if (instance?.FindBookmark(taskId) is not { Task: { } task })
            return WorkflowProblems.Conflict($"The task '{view.Title}' is no longer open ({view.Status.ToString().ToLowerInvariant()}).");
        var (refusal, @event) = decide(task, view.InstanceId);
        if (refusal is not null) return WorkflowProblems.Refused(refusal);
        if (@event is not null) InstanceStore.Append(session, instance, @event);
        return Results.Ok(new { taskId, instanceId = view.InstanceId });
    }
}
