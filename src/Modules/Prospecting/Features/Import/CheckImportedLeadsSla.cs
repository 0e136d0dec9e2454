using Leasing.Prospecting.Domain.Leads;
using Wolverine;

namespace Leasing.Prospecting.Features;

/// <summary>
/// The SLA timer of an import chunk's new leads of one point of sale: they were captured in the same instant, so they
/// share their deadline, and one durable scheduled message stands for all of them instead of one per lead.
/// </summary>
public sealed record CheckImportedLeadsSla(IReadOnlyList<Guid> LeadIds, SlaKind Kind, DateTimeOffset DueAt);

public static class CheckImportedLeadsSlaHandler
{
    /// <summary>When due, each lead gets its own check, in its own transaction, exactly as a lead captured alone.</summary>
    public static OutgoingMessages Handle(CheckImportedLeadsSla timer)
    {
        var checks = new OutgoingMessages();
        checks.AddRange(timer.LeadIds.Select(id => new CheckLeadSla(id, timer.Kind, timer.DueAt)));
        return checks;
    }
}
