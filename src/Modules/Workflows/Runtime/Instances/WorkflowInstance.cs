using System.Text.Json.Nodes;

namespace Leasing.Workflows.Runtime.Instances;

/// <summary>
/// An instance as its stream makes it: where each branch waits (<see cref="Bookmarks"/>), what it remembers
/// (<see cref="Variables"/>), what failed (<see cref="Incidents"/>) and the path taken so far. Immutable: each
/// event gives a new state (the executor folds its own events through the same Apply methods as Marten).
/// </summary>
public sealed record WorkflowInstance
{
    public Guid Id { get; init; }
    public string DefinitionId { get; init; } = "";
    /// <summary>The definition version it runs on (not <see cref="Version"/>, which Marten sets to the stream's version).</summary>
    public int DefinitionVersion { get; init; }

    /// <summary>The stream's version, set by Marten: what a caller names as its expected version.</summary>
    public long Version { get; init; }
    public string DefinitionName { get; init; } = "";
    public string? CorrelationKey { get; init; }
    public Guid? ParentInstanceId { get; init; }
    public string? ParentActivityId { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public DateTimeOffset LastActivityAt { get; init; }
    public bool Ended { get; init; }
    public bool WasCancelled { get; init; }
    public Dictionary<string, JsonNode?> Variables { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The last thing that came in (trigger event, task form, awaited event): expressions see it as <c>input</c>.</summary>
    public JsonNode? LastInput { get; init; }

    public IReadOnlyList<Bookmark> Bookmarks { get; init; } = [];
    public IReadOnlyList<Incident> Incidents { get; init; } = [];

    /// <summary>Per Join, the activities that have arrived at it since it last went on.</summary>
    public Dictionary<string, List<string>> JoinArrivals { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Activities completed, in order (repeats kept): the admin highlights them on the diagram.</summary>
    public IReadOnlyList<string> Path { get; init; } = [];

    /// <summary>Duplicated in a column for the instance list filters.</summary>
    public InstanceStatus Status => WasCancelled ? InstanceStatus.Cancelled
        : Ended ? InstanceStatus.Completed
        : Incidents.Count > 0 ? InstanceStatus.Faulted
        : Bookmarks.Count > 0 ? InstanceStatus.Waiting
        : InstanceStatus.Running;

    /// <summary>Where the instance stands now: the activities waiting or failed.</summary>
    public IReadOnlyList<string> CurrentActivityIds =>
        Bookmarks.Select(b => b.ActivityId).Concat(Incidents.Select(i => i.ActivityId)).Distinct(StringComparer.Ordinal).ToList();

    public Bookmark? FindBookmark(Guid id) => Bookmarks.FirstOrDefault(b => b.Id == id);

    public static WorkflowInstance Create(WorkflowStarted e) => new()
    {
        Id = e.InstanceId, DefinitionId = e.DefinitionId, DefinitionVersion = e.Version, DefinitionName = e.DefinitionName,
        CorrelationKey = e.CorrelationKey, ParentInstanceId = e.ParentInstanceId, ParentActivityId = e.ParentActivityId,
        StartedAt = e.At, LastActivityAt = e.At, LastInput = e.Input?.DeepClone(),
        Variables = new Dictionary<string, JsonNode?>(e.Variables.Select(v => KeyValuePair.Create(v.Key, v.Value?.DeepClone())), StringComparer.Ordinal),
    };

    public WorkflowInstance Apply(ActivityEntered e)
    {
        if (e.Type != Definitions.ActivityTypes.Join || e.From is null) return this with { LastActivityAt = e.At };
        var arrivals = new Dictionary<string, List<string>>(JoinArrivals, StringComparer.Ordinal);
        arrivals[e.ActivityId] = [.. arrivals.GetValueOrDefault(e.ActivityId) ?? [], e.From];
        return this with { JoinArrivals = arrivals, LastActivityAt = e.At };
    }

    public WorkflowInstance Apply(ActivityCompleted e)
    {
        var arrivals = JoinArrivals;
        if (arrivals.ContainsKey(e.ActivityId))
        {
            arrivals = new Dictionary<string, List<string>>(arrivals, StringComparer.Ordinal);
            arrivals.Remove(e.ActivityId);
        }
        return this with { Path = [.. Path, e.ActivityId], JoinArrivals = arrivals, LastActivityAt = e.At };
    }

    public WorkflowInstance Apply(VariableSet e)
    {
        var variables = new Dictionary<string, JsonNode?>(Variables, StringComparer.Ordinal) { [e.Name] = e.Value?.DeepClone() };
        return this with { Variables = variables, LastActivityAt = e.At };
    }

    public WorkflowInstance Apply(EventAwaited e) =>
        Add(new Bookmark(e.BookmarkId, e.ActivityId, BookmarkKind.Event, e.At) { EventType = e.EventType, CorrelationExpression = e.CorrelationExpression });

    public WorkflowInstance Apply(EventReceived e) => Remove(e.BookmarkId, e.At) with { LastInput = e.Payload?.DeepClone() };

    public WorkflowInstance Apply(TimerScheduled e) => Add(new Bookmark(e.TimerId, e.ActivityId, BookmarkKind.Timer, e.At) { DueAt = e.DueAt });

    public WorkflowInstance Apply(TimerFired e) => Remove(e.TimerId, e.At) with { LastInput = null };

    public WorkflowInstance Apply(SubWorkflowStarted e) => Add(new Bookmark(e.ChildInstanceId, e.ActivityId, BookmarkKind.SubWorkflow, e.At));

    public WorkflowInstance Apply(SubWorkflowEnded e) => Remove(e.ChildInstanceId, e.At);

    public WorkflowInstance Apply(BookmarkCancelled e) => Remove(e.BookmarkId, e.At);

    public WorkflowInstance Apply(TaskOpened e) => Add(new Bookmark(e.TaskId, e.ActivityId, BookmarkKind.Task, e.At)
    {
        DueAt = e.DueAt,
        Task = new HumanTaskState(e.Title, e.Role, e.Assignee, null, e.DueAt, e.EscalateToRole, false, e.FormFields, e.Outcomes),
    });

    public WorkflowInstance Apply(TaskClaimed e) => ChangeTask(e.TaskId, t => t with { ClaimedBy = e.By }, e.At);

    public WorkflowInstance Apply(TaskReleased e) => ChangeTask(e.TaskId, t => t with { ClaimedBy = null }, e.At);

    public WorkflowInstance Apply(TaskReassigned e) =>
        ChangeTask(e.TaskId, t => t with { Assignee = e.ToUser, Role = e.ToRole ?? t.Role, ClaimedBy = null }, e.At);

    public WorkflowInstance Apply(TaskEscalated e) => ChangeTask(e.TaskId, t => t with { Escalated = true }, e.At);

    public WorkflowInstance Apply(TaskCompleted e) => Remove(e.TaskId, e.At) with { LastInput = e.Fields.DeepClone() };

    public WorkflowInstance Apply(TaskCancelled e) => Remove(e.TaskId, e.At);

    public WorkflowInstance Apply(IncidentRaised e) => this with { Incidents = [.. Incidents, new Incident(e.IncidentId, e.ActivityId, e.Reason, e.At)], LastActivityAt = e.At };

    public WorkflowInstance Apply(IncidentResolved e) => this with { Incidents = Incidents.Where(i => i.Id != e.IncidentId).ToList(), LastActivityAt = e.At };

    public WorkflowInstance Apply(WorkflowCompleted e) => this with { Ended = true, EndedAt = e.At, LastActivityAt = e.At };

    public WorkflowInstance Apply(WorkflowCancelled e) => this with { Ended = true, WasCancelled = true, EndedAt = e.At, LastActivityAt = e.At };

    public WorkflowInstance Apply(InstanceMigrated e) => this with { DefinitionVersion = e.ToVersion, LastActivityAt = e.At };

    // Events that change nothing the instance decides on still move its clock.
    public WorkflowInstance Apply(CommandSent e) => this with { LastActivityAt = e.At };

    public WorkflowInstance Apply(NotificationSent e) => this with { LastActivityAt = e.At };

    /// <summary>The same fold Marten runs, for the executor to see its own events' effect before they are stored.</summary>
    public WorkflowInstance Evolve(object e) => e switch
    {
        ActivityEntered x => Apply(x),
        ActivityCompleted x => Apply(x),
        VariableSet x => Apply(x),
        EventAwaited x => Apply(x),
        EventReceived x => Apply(x),
        TimerScheduled x => Apply(x),
        TimerFired x => Apply(x),
        SubWorkflowStarted x => Apply(x),
        SubWorkflowEnded x => Apply(x),
        BookmarkCancelled x => Apply(x),
        TaskOpened x => Apply(x),
        TaskClaimed x => Apply(x),
        TaskReleased x => Apply(x),
        TaskReassigned x => Apply(x),
        TaskEscalated x => Apply(x),
        TaskCompleted x => Apply(x),
        TaskCancelled x => Apply(x),
        IncidentRaised x => Apply(x),
        IncidentResolved x => Apply(x),
        WorkflowCompleted x => Apply(x),
        WorkflowCancelled x => Apply(x),
        InstanceMigrated x => Apply(x),
        CommandSent x => Apply(x),
        NotificationSent x => Apply(x),
        WorkflowStarted x => Create(x),
        _ => throw new ArgumentException($"{e.GetType().Name} is not an instance event.", nameof(e)),
    };

    private WorkflowInstance Add(Bookmark bookmark) => this with { Bookmarks = [.. Bookmarks, bookmark], LastActivityAt = bookmark.Since };

    private WorkflowInstance Remove(Guid id, DateTimeOffset at) => this with { Bookmarks = Bookmarks.Where(b => b.Id != id).ToList(), LastActivityAt = at };

    private WorkflowInstance ChangeTask(Guid id, Func<HumanTaskState, HumanTaskState> change, DateTimeOffset at) => this with
    {
        Bookmarks = Bookmarks.Select(b => b.Id == id && b.Task is { } task ? b with { Task = change(task) } : b).ToList(),
        LastActivityAt = at,
    };
}
