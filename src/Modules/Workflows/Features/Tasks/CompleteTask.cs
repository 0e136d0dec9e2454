using System.Security.Claims;
using System.Text.Json.Nodes;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Execution;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Leasing.Workflows.Runtime.Tasks;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Workflows.Features.Tasks;

/// <param name="Fields">The form's values by field name, checked against the task's form.</param>
public sealed record CompleteHumanTask(string? Outcome, JsonObject? Fields);

/// <summary>
/// Completes a task with an outcome and its form, and resumes the instance in the same transaction. Two people
/// completing one task at once: one wins, the other gets a 409 (the instance's version moved).
/// </summary>
public static class CompleteTaskEndpoint
{
    public static ProblemDetails Validate(CompleteHumanTask command) => new FieldErrors().Required(command.Outcome, "outcome").ToProblem();

    [Authorize(Policy = Policies.Authenticated)]
    [WolverinePost("/api/workflows/tasks/{id}/complete", Name = "CompleteTask")]
    [Tags("Workflow tasks")]
    public static async Task<IResult> Post(Guid id, CompleteHumanTask command, ClaimsPrincipal user, IDocumentSession session, IMessageBus bus,
        WorkflowRuntime runtime, CancellationToken cancellation)
    {
        if (await session.LoadAsync<HumanTaskView>(id, cancellation) is not { } view) return WorkflowProblems.NotFound("The task");
        var instance = await InstanceStore.LoadAsync(session, view.InstanceId, cancellation);
        if (instance?.FindBookmark(id) is not { Task: { } task })
            return WorkflowProblems.Conflict($"The task '{view.Title}' is no longer open ({view.Status.ToString().ToLowerInvariant()}).");

        var actor = WorkflowProblems.ActorOf(user);
        if (TaskRules.Complete(task, actor) is { } refusal) return WorkflowProblems.Refused(refusal);
        var fields = command.Fields ?? [];
        var problems = TaskForm.Problems(task.FormFields, fields);
        if (!task.Outcomes.Contains(command.Outcome!, StringComparer.Ordinal))
            problems["outcome"] = $"'{command.Outcome}' is not an outcome of this task ({string.Join(", ", task.Outcomes)}).";
        if (problems.Count > 0)
            return Results.Problem(Problems.Validation(problems.ToDictionary(p => p.Key == "outcome" ? "outcome" : $"fields.{p.Key}", p => new[] { p.Value })));

        var result = await runtime.ResumeAsync(session, bus, instance, [new CompleteTask(id, command.Outcome!, fields, actor.UserName)], cancellation);
        if (result is null || result.Refused) return WorkflowProblems.Conflict(result?.Refusal ?? "The instance is gone.");
        return Results.Ok(new { taskId = id, instanceId = view.InstanceId, status = result.State.Status.ToString(), current = result.State.CurrentActivityIds });
    }
}
