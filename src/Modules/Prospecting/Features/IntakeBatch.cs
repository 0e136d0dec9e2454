using Leasing.Prospecting.Domain.Leads;

namespace Leasing.Prospecting.Features;

/// <summary>
/// Leads captured in the current, not yet committed chunk of an import. Duplicate detection and routing read the
/// database, which cannot see these yet: they are added from here so two rows of one file for the same person make one
/// lead, and the round robin carries on from row to row.
/// </summary>
public sealed class IntakeBatch
{
    private readonly Dictionary<Guid, Lead> _leads = new();

    public IEnumerable<Lead> Leads => _leads.Values;

    public bool Contains(Guid leadId) => _leads.ContainsKey(leadId);

    public void Track(Lead lead) => _leads[lead.Id] = lead;

    public Lead Get(Guid leadId) => _leads[leadId];

    /// <summary>After the chunk is committed the database sees everything again.</summary>
    public void Clear() => _leads.Clear();
}
