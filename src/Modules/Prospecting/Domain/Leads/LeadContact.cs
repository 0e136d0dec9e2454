namespace Leasing.Prospecting.Domain.Leads;

/// <summary>A private person, or a company (artisan, SME, large account, administration) with a contact person.</summary>
public enum PartyKind { Person, Company }

/// <summary>How the person prefers to be reached (the seed's "média": phone, e-mail, chat ...).</summary>
public enum ContactChannel { Phone, Email, Chat, Sms, InPerson }

/// <summary>
/// Who the lead is. E-mail and phone are stored normalised (see <c>EmailAddresses</c>, <c>PhoneNumbers</c>) so
/// duplicates can be found by plain equality.
/// </summary>
public sealed record LeadContact(
    PartyKind Kind,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    string? Email,
    string? Phone,
    ContactChannel? PreferredChannel = null)
{
    public string DisplayName => Kind == PartyKind.Company && !string.IsNullOrWhiteSpace(CompanyName)
        ? CompanyName!
        : string.Join(' ', new[] { FirstName, LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
