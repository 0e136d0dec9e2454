using Leasing.Prospecting.Domain.Routing;

namespace Leasing.Prospecting.Domain.Leads;

// The events of a lead's stream. Each carries the lead id and the instant it happened; who did it is in the
// event metadata (Marten), so it is not repeated here.

public sealed record LeadCaptured(Guid LeadId, LeadIntake Intake, DateTimeOffset At);

/// <summary>Someone (reception cell or advisor) took the lead in hand: the 20-minute clock stops.</summary>
public sealed record LeadAcknowledged(Guid LeadId, DateTimeOffset At);

/// <summary>The need is known well enough to work on: the 4-hour clock stops. The need replaces the captured one.</summary>
public sealed record LeadQualified(Guid LeadId, LeadNeed Need, DateTimeOffset At);

public sealed record AppointmentSet(Guid LeadId, DateTimeOffset VisitAt, Guid PointOfSaleId, DateTimeOffset At);

public sealed record OfferMade(Guid LeadId, Guid QuoteId, DateTimeOffset At);

public sealed record LeadWon(Guid LeadId, Guid? QuoteId, Guid? ContractId, DateTimeOffset At);

public sealed record LeadLost(Guid LeadId, LossReason Reason, string? Note, DateTimeOffset At);

/// <summary>The lead perished without an outcome.</summary>
public sealed record LeadExpired(Guid LeadId, DateTimeOffset At);

public sealed record LeadAssigned(Guid LeadId, Guid AdvisorId, RoutingStrategy? Strategy, DateTimeOffset At);

public sealed record LeadReassigned(Guid LeadId, Guid FromAdvisorId, Guid ToAdvisorId, string? Reason, DateTimeOffset At);

/// <summary>The same person came back (same e-mail or phone within 30 days): the new contact is folded into this open lead.</summary>
public sealed record LeadMerged(Guid LeadId, LeadIntake Duplicate, DateTimeOffset At);

public sealed record ActivityLogged(Guid LeadId, LeadActivity Activity, DateTimeOffset At);

public sealed record FollowUpScheduled(Guid LeadId, FollowUp FollowUp, DateTimeOffset At);

/// <summary>A simulation was attached to the lead (from the Offers simulator).</summary>
public sealed record SimulationAttached(Guid LeadId, LeadSimulation Simulation, DateTimeOffset At);

/// <summary>A limit passed with the lead still waiting; the sales manager's "untreated lead" alert.</summary>
public sealed record SlaBreached(Guid LeadId, SlaKind Kind, DateTimeOffset DueAt, DateTimeOffset At);

/// <summary>An erasure request: the person's data is masked; source, dates and outcome remain for statistics.</summary>
public sealed record PersonalDataErased(Guid LeadId, DateTimeOffset At);
