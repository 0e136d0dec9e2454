using System.Text.Json;
using System.Text.Json.Serialization;

namespace Leasing.Workflows.Runtime.Hosting;

// Messages the runtime sends itself on its durable local queue: they survive a restart, and run on whichever
// node holds the queue's durable agent.

/// <summary>An integration event, as JSON, for the definitions it starts and the instances waiting for it.</summary>
public sealed record SignalWorkflows(string EventType, string PayloadJson)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The event's type name is what definitions name in triggers and WaitForEvent ("LeadCaptured").</summary>
    public static SignalWorkflows Of<T>(T integrationEvent) where T : notnull =>
        new(typeof(T).Name, JsonSerializer.Serialize(integrationEvent, Json));
}

/// <summary>
/// Several integration events of one type signalled in one transaction (a lead import's chunk): the same starts and
/// resumes as one <see cref="SignalWorkflows"/> each, for one round of reads.
/// </summary>
public sealed record SignalWorkflowsBatch(string EventType, IReadOnlyList<string> PayloadsJson)
{
    public static SignalWorkflowsBatch Of<T>(IEnumerable<T> integrationEvents) where T : notnull =>
        new(typeof(T).Name, integrationEvents.Select(e => SignalWorkflows.Of(e).PayloadJson).ToList());
}

/// <summary>A Delay activity's durable timer.</summary>
public sealed record WorkflowTimerDue(Guid InstanceId, Guid TimerId);

/// <summary>A human task's due time: if it is still open, it is escalated.</summary>
public sealed record TaskEscalationDue(Guid InstanceId, Guid TaskId);

public sealed record StartChildWorkflow(Guid ChildInstanceId, string DefinitionId, string InputsJson, Guid ParentInstanceId, string ParentActivityId, string? CorrelationKey);

public sealed record ChildWorkflowEnded(Guid ParentInstanceId, Guid ChildInstanceId, bool Completed);

/// <summary>The e-mail copy of a Notify activity, handed to the mail outbox.</summary>
public sealed record NotificationEmailRequested(Guid NotificationId, string? Role, string? User, string Subject, string Message);
