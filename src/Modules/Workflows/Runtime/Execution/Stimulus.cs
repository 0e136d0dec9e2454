using System.Text.Json.Nodes;

namespace Leasing.Workflows.Runtime.Execution;

/// <summary>What makes an instance move. Each names the one wait it resumes, so delivering it twice does nothing the second time.</summary>
public abstract record Stimulus;

public sealed record CompleteTask(Guid TaskId, string Outcome, JsonObject Fields, string By) : Stimulus;

/// <summary>An awaited integration event for one bookmark (the signal routing already matched the correlation key).</summary>
public sealed record DeliverEvent(Guid BookmarkId, string EventType, JsonNode? Payload) : Stimulus;

public sealed record FireTimer(Guid TimerId) : Stimulus;

public sealed record EndChild(Guid ChildInstanceId, bool Completed) : Stimulus;

public sealed record RetryIncident(Guid IncidentId, string By) : Stimulus;

public sealed record SkipIncident(Guid IncidentId, string Outcome, string By) : Stimulus;

public sealed record CancelInstance(string Reason, string By) : Stimulus;
