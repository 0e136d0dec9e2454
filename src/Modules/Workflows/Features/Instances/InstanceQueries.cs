using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Workflows.Features.Instances;

public sealed record InstanceSummary(Guid Id, string DefinitionId, string DefinitionName, int Version, string? CorrelationKey, InstanceStatus Status,
    IReadOnlyList<string> CurrentActivityIds, DateTimeOffset StartedAt, DateTimeOffset LastActivityAt, int Incidents);

public sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, long Total, int Page, int PageSize);

public sealed record JournalEntry(long Version, string Type, DateTimeOffset At, string? By, object Data);

public sealed record InstanceDetail(WorkflowInstance Instance, InstanceStatus Status, IReadOnlyList<CaseStep> Steps, string DefinitionJson,
    IReadOnlyList<JournalEntry> Journal, long StreamVersion);

public static class InstanceQueries
{
    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverineGet("/api/workflows/instances", Name = "ListWorkflowInstances")]
    [Tags("Workflow instances")]
    public static async Task<IResult> List(IQuerySession session, CancellationToken cancellation, [FromQuery] string? definitionId, [FromQuery] int? version,
        [FromQuery] string? status, [FromQuery] string? activity, [FromQuery] string? correlationKey, [FromQuery] int? page, [FromQuery] int? pageSize)
    {
        var errors = new FieldErrors().When(page < 1, "page", "'page' starts at 1.").When(pageSize is < 1 or > 200, "pageSize", "Between 1 and 200.");
        var wanted = errors.Enum<InstanceStatus>(status, "status", required: false);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        return Results.Ok(await PageAsync(session, definitionId, version, wanted, activity, correlationKey, page ?? 1, pageSize ?? 25, cancellation));
    }

    public static async Task<InstancePage> PageAsync(IQuerySession session, string? definitionId, int? version, InstanceStatus? status, string? activity,
        string? correlationKey, int page, int pageSize, CancellationToken cancellation)
    {
        IQueryable<WorkflowInstance> query = session.Query<WorkflowInstance>();
        if (!string.IsNullOrWhiteSpace(definitionId)) query = query.Where(i => i.DefinitionId == definitionId);
        if (version is { } v) query = query.Where(i => i.DefinitionVersion == v);
        if (status is { } s) query = query.Where(i => i.Status == s);
        if (!string.IsNullOrWhiteSpace(correlationKey)) query = query.Where(i => i.CorrelationKey == correlationKey);
        if (!string.IsNullOrWhiteSpace(activity)) query = query.Where(i => i.Bookmarks.Any(b => b.ActivityId == activity) || i.Incidents.Any(x => x.ActivityId == activity));
        var instances = await query.OrderByDescending(i => i.StartedAt).ToPagedListAsync(page, pageSize, cancellation);
        return new InstancePage(instances.Select(Summary).ToList(), instances.TotalItemCount, page, pageSize);
    }

    public static InstanceSummary Summary(WorkflowInstance i) => new(i.Id, i.DefinitionId, i.DefinitionName, i.DefinitionVersion, i.CorrelationKey, i.Status,
        i.CurrentActivityIds, i.StartedAt, i.LastActivityAt, i.Incidents.Count);

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverineGet("/api/workflows/instances/{id}", Name = "GetWorkflowInstance")]
    [Tags("Workflow instances")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, DefinitionCatalog catalog, CancellationToken cancellation) =>
        await DetailAsync(session, catalog, id, cancellation) is { } detail ? Results.Ok(detail) : WorkflowProblems.NotFound("The workflow instance");

    public static async Task<InstanceDetail?> DetailAsync(IQuerySession session, DefinitionCatalog catalog, Guid id, CancellationToken cancellation)
    {
        if (await session.LoadAsync<WorkflowInstance>(id, cancellation) is not { } instance) return null;
        var definition = await catalog.GetAsync(session, instance.DefinitionId, instance.DefinitionVersion, cancellation);
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        var journal = events.Select(e => new JournalEntry(e.Version, e.EventTypeName, e.Timestamp, e.UserName, e.Data)).ToList();
        return new InstanceDetail(instance, instance.Status, CaseProgress.StepsOf(instance, definition), WorkflowJson.Write(definition), journal,
            events.Count == 0 ? 0 : events[^1].Version);
    }

    /// <summary>"Where is my case": the workflows running for a business object (a lead, a contract, a claim id) and their current step.</summary>
    [Authorize(Policy = Policies.Staff)]
    [WolverineGet("/api/workflows/cases/{correlationKey}", Name = "WhereIsMyCase")]
    [Tags("Workflow instances")]
    public static async Task<IReadOnlyList<CaseProgress>> Case(string correlationKey, IQuerySession session, DefinitionCatalog catalog,
        CancellationToken cancellation)
    {
        var instances = await session.Query<WorkflowInstance>().Where(i => i.CorrelationKey == correlationKey)
            .OrderByDescending(i => i.StartedAt).ToListAsync(cancellation);
        var progress = new List<CaseProgress>();
        foreach (var instance in instances)
            progress.Add(CaseProgress.Of(instance, await catalog.GetAsync(session, instance.DefinitionId, instance.DefinitionVersion, cancellation)));
        return progress;
    }

    public sealed record Dashboard(int Running, int WaitingOnTasks, int OverdueTasks, int Incidents, int CompletedToday,
        IReadOnlyList<DefinitionLoad> ByDefinition);

    public sealed record DefinitionLoad(string DefinitionId, string Name, int Running, int Faulted);

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverineGet("/api/workflows/dashboard", Name = "WorkflowDashboard")]
    [Tags("Workflow instances")]
    public static async Task<Dashboard> GetDashboard(IQuerySession session, TimeProvider clock, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var open = await session.Query<WorkflowInstance>().Where(i => !i.Ended)
            .Select(i => new { i.DefinitionId, i.DefinitionName, i.Status }).ToListAsync(cancellation);
        var tasks = await session.Query<HumanTaskView>().Where(t => t.Status == HumanTaskStatus.Open).Select(t => new { t.InstanceId, t.DueAt }).ToListAsync(cancellation);
        var startOfDay = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var completedToday = await session.Query<WorkflowInstance>().CountAsync(i => i.Ended && i.EndedAt >= startOfDay, cancellation);
        return new Dashboard(open.Count, tasks.Select(t => t.InstanceId).Distinct().Count(), tasks.Count(t => t.DueAt < now),
            open.Count(i => i.Status == InstanceStatus.Faulted), completedToday,
            open.GroupBy(i => (i.DefinitionId, i.DefinitionName))
                .Select(g => new DefinitionLoad(g.Key.DefinitionId, g.Key.DefinitionName, g.Count(), g.Count(i => i.Status == InstanceStatus.Faulted))).ToList());
    }
}
