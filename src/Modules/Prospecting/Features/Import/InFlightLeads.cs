using Leasing.Prospecting.Domain.Duplicates;
using Leasing.Prospecting.Domain.Leads;

namespace Leasing.Prospecting.Features;

/// <summary>
/// Leads an import has decided on but the database may not show yet (its chunk is still being written), looked up by
/// normalised e-mail and phone, so two rows of one file for the same person make one lead whichever chunks they are in.
/// </summary>
public sealed class InFlightLeads
{
    private readonly Dictionary<Guid, Lead> _leads = new();
    private readonly Dictionary<string, List<Guid>> _byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Guid>> _byPhone = new(StringComparer.Ordinal);

    public bool Contains(Guid leadId) => _leads.ContainsKey(leadId);

    public Lead Get(Guid leadId) => _leads[leadId];

    /// <summary>Adds the lead or replaces it by a later state of itself (after a merge it is known by more details).</summary>
    public void Track(Lead lead)
    {
        _leads[lead.Id] = lead;
        foreach (var email in lead.KnownEmails) Index(_byEmail, email, lead.Id);
        foreach (var phone in lead.KnownPhones) Index(_byPhone, phone, lead.Id);
    }

    /// <summary>The leads sharing the contact's e-mail or phone.</summary>
    public IEnumerable<Lead> Matching(LeadContact contact)
    {
        var ids = new HashSet<Guid>();
        if (EmailAddresses.Normalise(contact.Email) is { } email && _byEmail.TryGetValue(email, out var byEmail)) ids.UnionWith(byEmail);
        if (PhoneNumbers.Normalise(contact.Phone) is { } phone && _byPhone.TryGetValue(phone, out var byPhone)) ids.UnionWith(byPhone);
        return ids.Select(id => _leads[id]);
    }

    private static void Index(Dictionary<string, List<Guid>> index, string key, Guid leadId)
    {
        if (!index.TryGetValue(key, out var ids)) index[key] = ids = [];
        if (!ids.Contains(leadId)) ids.Add(leadId);
    }
}
