using System.Text.Json.Nodes;

namespace Leasing.Workflows.Runtime.Instances;

// The journal of an instance: one stream per instance, so auditors replay it like any other aggregate.
// Events name the activity they concern and carry their own time; who did it is in Marten's metadata too,
// and named explicitly where a person acted (tasks, incidents, cancellation, migration).

/// <param name="Input">What started it: the trigger's event, or the manual start's input.</param>
/// <param name="ParentInstanceId">Set when a SubWorkflow activity of another instance started this one.</param>
public sealed record WorkflowStarted(
    Guid InstanceId, string DefinitionId, int Version, string DefinitionName, string? CorrelationKey, string? TriggerEvent,
    JsonNode? Input, Dictionary<string, JsonNode?> Variables, Guid? ParentInstanceId, string? ParentActivityId, string StartedBy,
    DateTimeOffset At);

/// <param name="From">The activity whose outcome led here (a Join counts its arrivals with it); null for Start and retries.</param>
public sealed record ActivityEntered(string ActivityId, string Type, string? From, DateTimeOffset At);

/// <param name="Outcomes">The ports taken: one, or every branch of a Fork.</param>
public sealed record ActivityCompleted(string ActivityId, IReadOnlyList<string> Outcomes, DateTimeOffset At);

public sealed record VariableSet(string ActivityId, string Name, JsonNode? Value, DateTimeOffset At);

/// <summary>A WaitForEvent bookmark. The correlation expression travels with it so a signal finds it without the definition.</summary>
public sealed record EventAwaited(Guid BookmarkId, string ActivityId, string EventType, string CorrelationExpression, string? CorrelationKey, DateTimeOffset At);

public sealed record EventReceived(Guid BookmarkId, string ActivityId, string EventType, JsonNode? Payload, DateTimeOffset At);

public sealed record TimerScheduled(Guid TimerId, string ActivityId, DateTimeOffset DueAt, DateTimeOffset At);

public sealed record TimerFired(Guid TimerId, string ActivityId, DateTimeOffset At);

public sealed record SubWorkflowStarted(Guid ChildInstanceId, string ActivityId, string DefinitionId, Dictionary<string, JsonNode?> Inputs, DateTimeOffset At);

public sealed record SubWorkflowEnded(Guid ChildInstanceId, string ActivityId, bool Completed, DateTimeOffset At);

/// <summary>A wait ended without its outcome: the instance ended, or a Join waiting for any branch went on without it.</summary>
public sealed record BookmarkCancelled(Guid BookmarkId, string ActivityId, string Reason, DateTimeOffset At);

public sealed record CommandSent(string ActivityId, string Command, JsonObject Inputs, DateTimeOffset At);

public sealed record NotificationSent(Guid NotificationId, string ActivityId, string? Role, string? User, string Subject, string Message, DateTimeOffset At);

/// <summary>An activity failed (a bad expression, a command that threw): the instance waits for someone instead of being lost.</summary>
public sealed record IncidentRaised(Guid IncidentId, string ActivityId, string Reason, DateTimeOffset At);

/// <param name="Resolution">"Retried" (the activity runs again) or "Skipped" (it ends through <paramref name="Outcome"/>).</param>
public sealed record IncidentResolved(Guid IncidentId, string ActivityId, string Resolution, string? Outcome, string By, DateTimeOffset At);

public sealed record WorkflowCompleted(string? EndActivityId, DateTimeOffset At);

public sealed record WorkflowCancelled(string Reason, string By, DateTimeOffset At);

/// <summary>A process owner moved the instance to another version of its definition; its waits keep their ids.</summary>
public sealed record InstanceMigrated(int FromVersion, int ToVersion, string By, DateTimeOffset At);
