using Leasing.Kernel.Security;
using Leasing.Workflows.Commands;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Diff;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.Definitions.Validation;
using Leasing.Workflows.Definitions.Versions;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Workflows.Features.Definitions;

public sealed record DefinitionSummary(string DefinitionId, string Name, int? Published, int? Draft, int Versions, long StreamVersion, int Running);

public sealed record VersionSummary(int Number, VersionStatus Status, DateTimeOffset SavedAt, DateTimeOffset? PublishedAt, DateTimeOffset? RetiredAt, int Running);

public sealed record DefinitionDetail(string DefinitionId, string Name, long StreamVersion, IReadOnlyList<VersionSummary> Versions);

public static class DefinitionQueries
{
    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverineGet("/api/workflows/definitions", Name = "ListDefinitions")]
    [Tags("Workflow definitions")]
    public static async Task<IReadOnlyList<DefinitionSummary>> List(IQuerySession session, CancellationToken cancellation)
    {
        var histories = await session.Query<DefinitionHistory>().OrderBy(h => h.DefinitionId).ToListAsync(cancellation);
        var running = await RunningAsync(session, cancellation);
        var result = new List<DefinitionSummary>();
        foreach (var h in histories)
        {
            var state = await session.Events.FetchStreamStateAsync(h.Id, cancellation);
            result.Add(new DefinitionSummary(h.DefinitionId, h.Name, h.Versions.Published?.Number, h.Versions.Draft?.Number, h.Versions.Versions.Count,
                state?.Version ?? 0, running.Where(r => r.Key.DefinitionId == h.DefinitionId).Sum(r => r.Value)));
        }
        return result;
    }

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverineGet("/api/workflows/definitions/{definitionId}", Name = "GetDefinition")]
    [Tags("Workflow definitions")]
    public static async Task<IResult> Get(string definitionId, IQuerySession session, CancellationToken cancellation)
    {
        if (await DetailAsync(session, definitionId, cancellation) is not { } detail) return WorkflowProblems.NotFound($"The workflow '{definitionId}'");
        return Results.Ok(detail);
    }

    public static async Task<DefinitionDetail?> DetailAsync(IQuerySession session, string definitionId, CancellationToken cancellation)
    {
        var id = DefinitionHistory.StreamIdOf(definitionId);
        if (await session.LoadAsync<DefinitionHistory>(id, cancellation) is not { } history) return null;
        var state = await session.Events.FetchStreamStateAsync(id, cancellation);
        var running = await RunningAsync(session, cancellation);
        return new DefinitionDetail(history.DefinitionId, history.Name, state?.Version ?? 0, history.Versions.Versions
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.Status, v.SavedAt, v.PublishedAt, v.RetiredAt, running.GetValueOrDefault((definitionId, v.Number))))
            .ToList());
    }

    /// <summary>The JSON of one version: the export, and what the designer loads.</summary>
    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverineGet("/api/workflows/definitions/{definitionId}/versions/{number}", Name = "ExportDefinitionVersion")]
    [Tags("Workflow definitions")]
    public static async Task<IResult> Export(string definitionId, int number, IQuerySession session, CancellationToken cancellation)
    {
        var history = await session.LoadAsync<DefinitionHistory>(DefinitionHistory.StreamIdOf(definitionId), cancellation);
        if (history?.Versions.Find(number) is not { } version) return WorkflowProblems.NotFound($"Version {number} of '{definitionId}'");
        return Results.Text(WorkflowJson.Write(version.Definition), "application/json");
    }

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverineGet("/api/workflows/definitions/{definitionId}/diff", Name = "DiffDefinitionVersions")]
    [Tags("Workflow definitions")]
    public static async Task<IResult> Diff(string definitionId, [FromQuery] int from, [FromQuery] int to, IQuerySession session, CancellationToken cancellation)
    {
        var history = await session.LoadAsync<DefinitionHistory>(DefinitionHistory.StreamIdOf(definitionId), cancellation);
        if (history?.Versions.Find(from) is not { } before) return Results.Problem(Kernel.Validation.Problems.Field("from", $"'{definitionId}' has no version {from}."));
        if (history.Versions.Find(to) is not { } after) return Results.Problem(Kernel.Validation.Problems.Field("to", $"'{definitionId}' has no version {to}."));
        return Results.Ok(DefinitionDiff.Between(before.Definition, after.Definition));
    }

    /// <summary>Checks a definition without saving it: the designer's "validate" button.</summary>
    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverinePost("/api/workflows/definitions/validate", Name = "ValidateDefinition")]
    [Tags("Workflow definitions")]
    public static async Task<IResult> Check(HttpRequest request, WorkflowCommandCatalogue commands, CancellationToken cancellation)
    {
        var (definition, problem) = await DefinitionRequests.ReadAsync(request, cancellation);
        if (problem is not null) return Results.Problem(problem);
        return Results.Ok(new { errors = DefinitionValidator.Validate(definition!, commands.Names) });
    }

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverineGet("/api/workflows/commands", Name = "WorkflowCommandCatalogue")]
    [Tags("Workflow definitions")]
    public static IEnumerable<object> Commands(WorkflowCommandCatalogue commands) =>
        commands.All.Select(c => new { c.Name, c.Description, c.Inputs });

    private static async Task<Dictionary<(string DefinitionId, int Version), int>> RunningAsync(IQuerySession session, CancellationToken cancellation)
    {
        var running = await session.Query<WorkflowInstance>().Where(i => !i.Ended).Select(i => new { i.DefinitionId, i.DefinitionVersion }).ToListAsync(cancellation);
        return running.GroupBy(r => (r.DefinitionId, r.DefinitionVersion)).ToDictionary(g => g.Key, g => g.Count());
    }
}
