using Leasing.Prospecting.Domain.PointsOfSale;
using Leasing.Prospecting.Domain.Routing;
using Marten;

namespace Leasing.Prospecting.Features;

/// <summary>
/// Routing for a whole import: each point of sale's advisor loads and last advisor served are read once, then kept
/// up to date in memory as rows are assigned, so the round robin and the lowest-load rule carry on from row to row
/// and chunk to chunk without a query per lead. Leads captured by other routes while the import runs are not seen
/// until the next import; they only skew the load balance by their own number.
/// </summary>
public sealed class ImportRouting
{
    private sealed class Desk
    {
        public Dictionary<Guid, (int Open, DateTimeOffset? LastAssignedAt)> Loads { get; } = new();
        public Guid? Last { get; set; }
    }

    private readonly Dictionary<Guid, Desk> _desks = new();

    public static async Task<ImportRouting> LoadAsync(IEnumerable<PointOfSale> pointsOfSale, IQuerySession session, CancellationToken cancellation)
    {
        var routing = new ImportRouting();
        foreach (var pointOfSale in pointsOfSale.Where(p => p.Advisors.Count > 0))
        {
            var (loads, last) = await AdvisorLoads.ReadAsync(session, pointOfSale.Id, cancellation);
            var desk = new Desk { Last = last };
            foreach (var load in loads) desk.Loads[load.AdvisorId] = (load.OpenLeads, load.LastAssignedAt);
            routing._desks[pointOfSale.Id] = desk;
        }
        return routing;
    }

    /// <summary>The advisor for a new lead of the point of sale (counted at once as holding it), or null.</summary>
    public Guid? Assign(PointOfSale pointOfSale, DateTimeOffset now)
    {
        if (!_desks.TryGetValue(pointOfSale.Id, out var desk)) return null;
        var availability = pointOfSale.Advisors.Select(a =>
        {
            var (open, lastAt) = desk.Loads.GetValueOrDefault(a.Id);
            return new AdvisorAvailability(a.Id, a.Name, a.Available, open, lastAt);
        }).ToList();
        if (LeadRouter.Choose(pointOfSale.Routing, availability, desk.Last) is not { } chosen) return null;
        desk.Loads[chosen] = (desk.Loads.GetValueOrDefault(chosen).Open + 1, now);
        desk.Last = chosen;
        return chosen;
    }
}
