using System.Security.Claims;
using JasperFx.Events;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Workflows.Commands;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.Definitions.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Workflows.Features.Definitions;

/// <summary>
/// Saves a definition as its draft: creates the definition (an import), or the next draft, or revises the draft.
/// The answer lists what would stop publication, so the designer shows it at once. A definition that exists
/// needs <c>expectedVersion</c> (its stream version, as read): two process owners cannot overwrite each other.
/// </summary>
public static class SaveDefinitionDraftEndpoint
{
    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverinePost("/api/workflows/definitions", Name = "ImportDefinition")]
    [Tags("Workflow definitions")]
    public static async Task<IResult> Import(HttpRequest request, ClaimsPrincipal user, IDocumentSession session, WorkflowCommandCatalogue commands,
        TimeProvider clock, CancellationToken cancellation, [FromQuery] long? expectedVersion)
    {
        var (definition, problem) = await DefinitionRequests.ReadAsync(request, cancellation);
        return problem is not null ? Results.Problem(problem) : await SaveAsync(definition!, expectedVersion, user, session, commands, clock, cancellation);
    }

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverinePut("/api/workflows/definitions/{definitionId}/draft", Name = "SaveDefinitionDraft")]
    [Tags("Workflow definitions")]
    public static async Task<IResult> Put(string definitionId, HttpRequest request, ClaimsPrincipal user, IDocumentSession session,
        WorkflowCommandCatalogue commands, TimeProvider clock, CancellationToken cancellation, [FromQuery] long? expectedVersion)
    {
        var (definition, problem) = await DefinitionRequests.ReadAsync(request, cancellation);
        if (problem is not null) return Results.Problem(problem);
        if (definition!.DefinitionId != definitionId)
            return Results.Problem(Problems.Field("definitionId", $"The body is '{definition.DefinitionId}', the address '{definitionId}'."));
        return await SaveAsync(definition, expectedVersion, user, session, commands, clock, cancellation);
    }

    private static async Task<IResult> SaveAsync(WorkflowDefinition definition, long? expectedVersion, ClaimsPrincipal user, IDocumentSession session,
        WorkflowCommandCatalogue commands, TimeProvider clock, CancellationToken cancellation)
    {
        var id = DefinitionHistory.StreamIdOf(definition.DefinitionId);
        var state = await session.Events.FetchStreamStateAsync(id, cancellation);
        var now = clock.GetUtcNow();
        var by = user.NameOf();
        int number;
        if (state is null)
        {
            number = 1;
            session.Events.StartStream<DefinitionHistory>(id, new DefinitionDraftSaved(definition.DefinitionId, 1, WorkflowJson.Write(definition with { Version = 1 }), by, now));
        }
        else
        {
            if (expectedVersion is null)
                return Results.Problem(Problems.Field("expectedVersion", $"'{definition.DefinitionId}' exists: say which version you edited (expectedVersion)."));
            var stream = await session.Events.FetchForWriting<DefinitionHistory>(id, expectedVersion.Value, cancellation);
            var versions = stream.Aggregate!.Versions;
            var saved = versions.SaveDraft(definition, now);
            if (!saved.Succeeded) return WorkflowProblems.Conflict(saved.Refusal);
            number = saved.Value.Draft!.Number;
            stream.AppendOne(new DefinitionDraftSaved(definition.DefinitionId, number, WorkflowJson.Write(definition with { Version = number }), by, now));
        }
        var errors = DefinitionValidator.Validate(definition, commands.Names);
        return Results.Ok(new { definitionId = definition.DefinitionId, draft = number, errors });
    }
}
