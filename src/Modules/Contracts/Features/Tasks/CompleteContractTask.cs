using System.Security.Claims;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.Features.Shared;
using Leasing.Contracts.ReadModels;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Contracts.Features.Tasks;

/// <summary>
/// Marks a task done (a dunning call made, a customer asked): the outcome is recorded on the stream the task belongs to.
/// Tasks that a decision closes (financing, amendment, contested line) cannot be completed by hand.
/// </summary>
public sealed record CompleteContractTask(string? Outcome);

public static class CompleteContractTaskEndpoint
{
    private static readonly TaskKind[] ClosedByDecision = [TaskKind.FinancingDecision, TaskKind.MileageAlert, TaskKind.FleetMileageAlert, TaskKind.ContestedLine];

    public static ProblemDetails Validate(CompleteContractTask command) => new FieldErrors().Required(command.Outcome, "outcome")
        .When(command.Outcome?.Length > 500, "outcome", "At most 500 characters.").ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contract-tasks/{taskId}/complete", Name = "CompleteContractTask")]
    [Tags("Contracts")]
    public static async Task<IResult> Post(Guid taskId, CompleteContractTask command, IDocumentSession session, IMessageBus bus, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellation)
    {
        var task = await session.LoadAsync<ContractTask>(taskId, cancellation);
        if (task is null) return Results.Problem(Problems.NotFound("Task"));
        if (task.Status != ContractTaskStatus.Open) return Results.Problem(ContractProblems.State("The task is already closed."));
        if (ClosedByDecision.Contains(task.Kind))
            return Results.Problem(ContractProblems.State("This task closes with its decision.", "Decide the file, the amendment or the contested line instead."));
        var resolved = new TaskResolved(task.Id, task.ContractId, task.Kind, command.Outcome!.Trim(), clock.GetUtcNow());
        // A dunning task lives in its invoice's stream, every other task in its contract's.
        session.Events.Append(task.StreamId, task.Kind == TaskKind.Dunning
            ? new Domain.Billing.DunningTaskClosed(task.StreamId, task.ContractId, task.Id, resolved.Outcome, resolved.At)
            : resolved);
        await bus.PublishAsync(IntegrationMessages.TaskClosed(resolved, user.NameOf()));
        return Results.Ok(new { task.Id, Status = ContractTaskStatus.Done });
    }
}
