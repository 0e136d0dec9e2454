using System.Text.Json.Nodes;

namespace Leasing.Workflows.Runtime.Execution;

/// <summary>
/// What the executor asks the world to do once its events are stored: durable timers, commands to modules,
/// notifications, child instances. They leave through Wolverine's outbox in the same transaction as the events.
/// </summary>
public abstract record RuntimeEffect;

public sealed record ScheduleTimer(Guid InstanceId, Guid TimerId, DateTimeOffset DueAt) : RuntimeEffect;

public sealed record ScheduleEscalation(Guid InstanceId, Guid TaskId, DateTimeOffset DueAt) : RuntimeEffect;

public sealed record DispatchCommand(Guid InstanceId, string ActivityId, string Command, JsonObject Inputs) : RuntimeEffect;

public sealed record DeliverNotification(Guid NotificationId, Guid InstanceId, string? Role, string? User, string Subject, string Message) : RuntimeEffect;

public sealed record StartChild(Guid ChildInstanceId, string DefinitionId, Dictionary<string, JsonNode?> Inputs, Guid ParentInstanceId, string ParentActivityId, string? CorrelationKey) : RuntimeEffect;

/// <summary>A child instance ended: its parent's SubWorkflow activity goes on.</summary>
public sealed record ResumeParent(Guid ParentInstanceId, Guid ChildInstanceId, bool Completed) : RuntimeEffect;
