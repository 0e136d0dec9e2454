using System.Security.Claims;
using System.Text.Json.Nodes;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.Runtime.Execution;
using Leasing.Workflows.Runtime.Hosting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Workflows.Features.Instances;

public sealed record StartWorkflowInstance(string? DefinitionId, string? CorrelationKey, JsonObject? Variables);

public sealed record SkipIncidentRequest(string? Outcome);

public sealed record CancelWorkflowInstance(string? Reason);

/// <summary>A process owner starts an instance by hand (the published version), e.g. to replay a case whose trigger was missed.</summary>
public static class StartWorkflowInstanceEndpoint
{
    public static ProblemDetails Validate(StartWorkflowInstance command) => new FieldErrors().Required(command.DefinitionId, "definitionId").ToProblem();

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverinePost("/api/workflows/instances", Name = "StartWorkflowInstance")]
    [Tags("Workflow instances")]
    public static async Task<IResult> Post(StartWorkflowInstance command, ClaimsPrincipal user, IDocumentSession session, IMessageBus bus,
        WorkflowRuntime runtime, DefinitionCatalog catalog, CancellationToken cancellation)
    {
        var definition = await catalog.PublishedAsync(session, command.DefinitionId!, cancellation);
        if (definition is null) return Results.Problem(Problems.Field("definitionId", $"'{command.DefinitionId}' has no published version."));
        var unknown = (command.Variables ?? []).Select(v => v.Key).Where(name => definition.Variables.All(d => d.Name != name)).ToList();
        if (unknown.Count > 0) return Results.Problem(Problems.Validation(unknown.ToDictionary(n => $"variables.{n}", n => new[] { $"'{n}' is not a variable of '{definition.DefinitionId}'." })));

        var variables = (command.Variables ?? []).ToDictionary(v => v.Key, v => v.Value?.DeepClone());
        var result = await runtime.StartAsync(session, bus, definition,
            new StartRequest(TypedIds.NewGuid(), command.CorrelationKey, null, command.Variables?.DeepClone(), user.NameOf(), variables), cancellation);
        return Results.Ok(new { instanceId = result.State.Id, version = definition.Version, status = result.State.Status.ToString(), current = result.State.CurrentActivityIds });
    }
}

/// <summary>Runs the failed activity again (after the data or the definition's cause was fixed).</summary>
public static class RetryIncidentEndpoint
{
    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverinePost("/api/workflows/instances/{id}/incidents/{incidentId}/retry", Name = "RetryIncident")]
    [Tags("Workflow instances")]
    public static Task<IResult> Post(Guid id, Guid incidentId, ClaimsPrincipal user, IDocumentSession session, IMessageBus bus, WorkflowRuntime runtime,
        CancellationToken cancellation) =>
        InstanceCommands.ResumeAsync(session, bus, runtime, id, new RetryIncident(incidentId, user.NameOf()), cancellation);
}

/// <summary>Ends the failed activity through a chosen outcome, as if it had run.</summary>
public static class SkipIncidentEndpoint
{
    public static ProblemDetails Validate(SkipIncidentRequest command) => new FieldErrors().Required(command.Outcome, "outcome").ToProblem();

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverinePost("/api/workflows/instances/{id}/incidents/{incidentId}/skip", Name = "SkipIncident")]
    [Tags("Workflow instances")]
    public static Task<IResult> Post(Guid id, Guid incidentId, SkipIncidentRequest command, ClaimsPrincipal user, IDocumentSession session, IMessageBus bus,
        WorkflowRuntime runtime, CancellationToken cancellation) =>
        InstanceCommands.ResumeAsync(session, bus, runtime, id, new SkipIncident(incidentId, command.Outcome!, user.NameOf()), cancellation);
}

public static class CancelWorkflowInstanceEndpoint
{
    public static ProblemDetails Validate(CancelWorkflowInstance command) => new FieldErrors().Required(command.Reason, "reason").ToProblem();

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverinePost("/api/workflows/instances/{id}/cancel", Name = "CancelWorkflowInstance")]
    [Tags("Workflow instances")]
    public static Task<IResult> Post(Guid id, CancelWorkflowInstance command, ClaimsPrincipal user, IDocumentSession session, IMessageBus bus,
        WorkflowRuntime runtime, CancellationToken cancellation) =>
        InstanceCommands.ResumeAsync(session, bus, runtime, id, new CancelInstance(command.Reason!, user.NameOf()), cancellation);
}

internal static class InstanceCommands
{
    public static async Task<IResult> ResumeAsync(IDocumentSession session, IMessageBus bus, WorkflowRuntime runtime, Guid id, Stimulus stimulus,
        CancellationToken cancellation)
    {
        var result = await runtime.ResumeAsync(session, bus, id, stimulus, cancellation);
        if (result is null) return WorkflowProblems.NotFound("The workflow instance");
        if (result.RefusedField is { } field) return Results.Problem(Problems.Field(field, result.Refusal!));
        if (result.Refused) return WorkflowProblems.Conflict(result.Refusal!);
        return Results.Ok(new { instanceId = id, status = result.State.Status.ToString(), current = result.State.CurrentActivityIds });
    }
}
