namespace Leasing.Prospecting.Domain.Leads;

public enum ActivityKind { Call, Email, Note, Visit }

/// <summary>Something the advisor did with the person, so the sales manager sees each advisor's activity.</summary>
public sealed record LeadActivity(Guid ActivityId, ActivityKind Kind, string? Note, DateTimeOffset OccurredAt);

/// <summary>A reminder the system gives the advisor, so nothing is lost on the way (the seed's "pense-bête").</summary>
public sealed record FollowUp(Guid FollowUpId, DateTimeOffset DueAt, string? Note);

/// <summary>The two perishability limits of the seed: taken in hand within 20 minutes, qualified within 4 hours.</summary>
public enum SlaKind { Acknowledgement, Qualification }

/// <summary>Why a lead was lost; "Other" needs a note so the statistics stay readable.</summary>
public enum LossReason { Unreachable, NotInterested, BoughtElsewhere, PriceOrBudget, FinancingRefused, VehicleUnavailable, Other }
