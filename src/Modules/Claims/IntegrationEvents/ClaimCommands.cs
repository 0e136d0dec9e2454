namespace Leasing.Claims.IntegrationEvents;

// Commands the Claims module accepts from workflows (the SendCommand catalogue maps a human task's outcome to one of
// these). Claims handles them on its own durable queue; one that no longer applies (the claim moved on) is recorded on
// the claim's timeline as a refused request, never silently dropped. RequestedBy is "workflow:{instance id}".

/// <summary>The triage task's outcome: <c>Route</c> is <c>Assistance</c>, <c>Expertise</c> or <c>NoFollowUp</c>; <c>Priority</c> <c>Normal</c>, <c>High</c> or <c>Urgent</c>.</summary>
public sealed record TriageClaim(Guid ClaimId, string Route, string? Priority, string? Notes, string RequestedBy);

/// <summary>The approval task's outcome on a garage quote above the expert's figure.</summary>
public sealed record DecideRepairApproval(Guid ClaimId, bool Approved, string? Comment, string RequestedBy);

/// <summary>The closure task's outcome: close the claim if nothing is left open and its balance is nil.</summary>
public sealed record CloseClaim(Guid ClaimId, string? Note, string RequestedBy);
