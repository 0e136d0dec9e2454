namespace Leasing.Prospecting.Domain.Routing;

/// <summary>Picks the advisor for a new lead; null when nobody is available (the lead then waits at the reception cell).</summary>
public static class LeadRouter
{
    public static Guid? Choose(RoutingStrategy strategy, IReadOnlyCollection<AdvisorAvailability> advisors, Guid? lastAssigned) => strategy switch
    {
        RoutingStrategy.RoundRobin => RoundRobin(advisors, lastAssigned),
        RoutingStrategy.LowestOpenLoad => LowestOpenLoad(advisors),
        _ => throw new ArgumentOutOfRangeException(nameof(strategy)),
    };

    /// <summary>
    /// The next available advisor after the last one served, in a stable order (name, then id) that does not
    /// depend on how the list was read from the database; an absent advisor is skipped, not owed a turn.
    /// </summary>
    public static Guid? RoundRobin(IReadOnlyCollection<AdvisorAvailability> advisors, Guid? lastAssigned)
    {
        var ring = Stable(advisors).ToList();
        if (ring.Count == 0) return null;
        // When the last advisor served is unknown or left the roster, the turn starts again from the top.
        var last = lastAssigned is { } id ? ring.FindIndex(a => a.AdvisorId == id) : -1;
        for (var step = 1; step <= ring.Count; step++)
        {
            var candidate = ring[(last + step) % ring.Count];
            if (candidate.Available) return candidate.AdvisorId;
        }
        return null;
    }

    /// <summary>
    /// The available advisor with the fewest open leads; on a tie, the one who waited longest since their last lead
    /// (never assigned counts as longest), so equal loads still take turns.
    /// </summary>
    public static Guid? LowestOpenLoad(IReadOnlyCollection<AdvisorAvailability> advisors) =>
        Stable(advisors)
            .Where(a => a.Available)
            .OrderBy(a => a.OpenLeads)
            .ThenBy(a => a.LastAssignedAt ?? DateTimeOffset.MinValue)
            .Select(a => (Guid?)a.AdvisorId)
            .FirstOrDefault();

    private static IOrderedEnumerable<AdvisorAvailability> Stable(IEnumerable<AdvisorAvailability> advisors) =>
        advisors.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.AdvisorId);
}
