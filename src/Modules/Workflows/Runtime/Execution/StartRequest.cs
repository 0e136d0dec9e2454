using System.Text.Json.Nodes;

namespace Leasing.Workflows.Runtime.Execution;

/// <param name="Variables">Initial values laid over the definition's defaults (a SubWorkflow's mapped inputs, a manual start's).</param>
public sealed record StartRequest(
    Guid InstanceId, string? CorrelationKey, string? TriggerEvent, JsonNode? Input, string StartedBy,
    Dictionary<string, JsonNode?>? Variables = null, Guid? ParentInstanceId = null, string? ParentActivityId = null);
