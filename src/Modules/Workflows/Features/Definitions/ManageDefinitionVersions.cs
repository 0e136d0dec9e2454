using System.Security.Claims;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Workflows.Commands;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.Expressions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Workflows.Features.Definitions;

public sealed record ChangeDefinition(long? ExpectedVersion);

/// <summary>Publishes the draft if it validates (400 naming each activity at fault otherwise); the version it replaces is retired.</summary>
public static class PublishDefinitionEndpoint
{
    public static ProblemDetails Validate(ChangeDefinition command) => new FieldErrors().Required(command.ExpectedVersion, "expectedVersion").ToProblem();

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverinePost("/api/workflows/definitions/{definitionId}/publish", Name = "PublishDefinition")]
    [Tags("Workflow definitions")]
    public static async Task<IResult> Post(string definitionId, ChangeDefinition command, ClaimsPrincipal user, IDocumentSession session,
        WorkflowCommandCatalogue commands, ExpressionSandbox sandbox, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<DefinitionHistory>(DefinitionHistory.StreamIdOf(definitionId), command.ExpectedVersion!.Value, cancellation);
        if (stream.Aggregate is not { } history) return WorkflowProblems.NotFound($"The workflow '{definitionId}'");
        var now = clock.GetUtcNow();
        var published = history.Versions.Publish(now, commands.Names, sandbox);
        if (!published.Succeeded)
            return published.Errors.Count > 0 ? Results.Problem(DefinitionRequests.ToProblem(published.Errors)) : WorkflowProblems.Conflict(published.Refusal);
        var number = history.Versions.Draft!.Number;
        stream.AppendOne(new DefinitionPublished(definitionId, number, history.Versions.Published?.Number, user.NameOf(), now));
        return Results.Ok(new { definitionId, published = number, retired = history.Versions.Published?.Number });
    }
}

/// <summary>No new instance starts on a retired version; those running on it finish on it.</summary>
public static class RetireDefinitionVersionEndpoint
{
    public static ProblemDetails Validate(ChangeDefinition command) => new FieldErrors().Required(command.ExpectedVersion, "expectedVersion").ToProblem();

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverinePost("/api/workflows/definitions/{definitionId}/versions/{number}/retire", Name = "RetireDefinitionVersion")]
    [Tags("Workflow definitions")]
    public static async Task<IResult> Post(string definitionId, int number, ChangeDefinition command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<DefinitionHistory>(DefinitionHistory.StreamIdOf(definitionId), command.ExpectedVersion!.Value, cancellation);
        if (stream.Aggregate is not { } history) return WorkflowProblems.NotFound($"The workflow '{definitionId}'");
        var retired = history.Versions.Retire(number, clock.GetUtcNow());
        if (!retired.Succeeded) return WorkflowProblems.Conflict(retired.Refusal);
        stream.AppendOne(new DefinitionRetired(definitionId, number, user.NameOf(), clock.GetUtcNow()));
        return Results.Ok(new { definitionId, retired = number });
    }
}

/// <summary>How a published version is "edited": a new draft copied from it.</summary>
public static class DraftFromVersionEndpoint
{
    public static ProblemDetails Validate(ChangeDefinition command) => new FieldErrors().Required(command.ExpectedVersion, "expectedVersion").ToProblem();

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverinePost("/api/workflows/definitions/{definitionId}/versions/{number}/draft", Name = "DraftFromVersion")]
    [Tags("Workflow definitions")]
    public static async Task<IResult> Post(string definitionId, int number, ChangeDefinition command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<DefinitionHistory>(DefinitionHistory.StreamIdOf(definitionId), command.ExpectedVersion!.Value, cancellation);
        if (stream.Aggregate is not { } history) return WorkflowProblems.NotFound($"The workflow '{definitionId}'");
        var drafted = history.Versions.DraftFrom(number, clock.GetUtcNow());
        if (!drafted.Succeeded) return WorkflowProblems.Conflict(drafted.Refusal);
        var draft = drafted.Value.Draft!;
        stream.AppendOne(new DefinitionDraftSaved(definitionId, draft.Number, WorkflowJson.Write(draft.Definition), user.NameOf(), clock.GetUtcNow()));
        return Results.Ok(new { definitionId, draft = draft.Number });
    }
}
