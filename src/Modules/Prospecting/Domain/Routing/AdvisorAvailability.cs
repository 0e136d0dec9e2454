namespace Leasing.Prospecting.Domain.Routing;

/// <summary>
/// An advisor as routing sees them: whether they can take a lead now (present, not on leave, not paused), how many
/// open leads they hold, and when they last received one. The advisor id is the user's id in Accounts.
/// </summary>
public sealed record AdvisorAvailability(Guid AdvisorId, string Name, bool Available, int OpenLeads, DateTimeOffset? LastAssignedAt);
