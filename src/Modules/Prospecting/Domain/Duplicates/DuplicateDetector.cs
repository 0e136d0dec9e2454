using Leasing.Prospecting.Domain.Leads;

namespace Leasing.Prospecting.Domain.Duplicates;

/// <summary>What duplicate detection needs to know of an existing lead (a projection row, or built from a <see cref="Lead"/>).</summary>
public sealed record LeadContactSnapshot(Guid LeadId, bool IsOpen, DateTimeOffset CapturedAt, IReadOnlyCollection<string> Emails, IReadOnlyCollection<string> Phones)
{
    public static LeadContactSnapshot Of(Lead lead) =>
        new(lead.Id, lead.IsOpen && !lead.IsErased, lead.CapturedAt, lead.KnownEmails, lead.KnownPhones);
}

/// <summary>
/// A new contact is the same person as an open lead when it shares its e-mail or its phone (both normalised) and
/// that lead was captured within the last 30 days. Closed leads never match: the person starts a new project.
/// </summary>
public static class DuplicateDetector
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>The open lead to merge into, the most recently captured when several match; null for a new lead.</summary>
    public static Guid? FindOpenDuplicate(LeadContact contact, DateTimeOffset at, IEnumerable<LeadContactSnapshot> leads)
    {
        var email = EmailAddresses.Normalise(contact.Email);
        var phone = PhoneNumbers.Normalise(contact.Phone);
        if (email is null && phone is null) return null;

        return leads
            .Where(l => l.IsOpen && l.CapturedAt <= at && at - l.CapturedAt <= Window)
            .Where(l => (email is not null && l.Emails.Contains(email)) || (phone is not null && l.Phones.Contains(phone)))
            .OrderByDescending(l => l.CapturedAt)
            .Select(l => (Guid?)l.LeadId)
            .FirstOrDefault();
    }
}
