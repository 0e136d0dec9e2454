namespace Leasing.Prospecting.IntegrationEvents;

/// <summary>
/// A command other modules (a workflow's SendCommand) may send: "call this lead back at …". Prospecting schedules
/// the follow-up on the lead when the lead is still open; otherwise nothing happens (the lead moved on).
/// </summary>
public sealed record RequestLeadFollowUp(Guid LeadId, DateTimeOffset DueAt, string? Note, string RequestedBy);
