namespace Leasing.Prospecting.Domain.Leads;

/// <summary>
/// The person's consent to be contacted, as collected (the web form's checkbox and its wording). Kept with the
/// lead so the lessor can show when and to what the person agreed.
/// </summary>
public sealed record LeadConsent(bool Given, DateTimeOffset? GivenAt = null, string? Wording = null)
{
    public static readonly LeadConsent None = new(false);
}
