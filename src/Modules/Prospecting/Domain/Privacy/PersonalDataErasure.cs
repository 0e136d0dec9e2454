using Leasing.Prospecting.Domain.Leads;

namespace Leasing.Prospecting.Domain.Privacy;

/// <summary>
/// An erasure request (GDPR art. 17) masks who the person is and what they wrote, and keeps what the statistics
/// need: source, point of sale, dates, status and outcome, the need (not personal once the person is unknown), and
/// the consent record (proof of what the lessor was allowed to do while it held the data).
/// Free texts are dropped whole: they may name the person. The same masks apply to the stored events, so a
/// replayed stream does not bring the data back (for Marten's event data masking to apply).
/// </summary>
public static class PersonalDataErasure
{
    public const string MaskedName = "***";

    public static Lead Mask(Lead lead, DateTimeOffset erasedAt) => lead with
    {
        Contact = Mask(lead.Contact),
        Message = null,
        Merges = lead.Merges.Select(Mask).ToList(),
        Activities = lead.Activities.Select(a => a with { Note = null }).ToList(),
        FollowUps = lead.FollowUps.Select(f => f with { Note = null }).ToList(),
        LossNote = null,
        ErasedAt = erasedAt,
        UpdatedAt = erasedAt,
    };

    public static LeadContact Mask(LeadContact contact) => contact with
    {
        FirstName = contact.FirstName is null ? null : MaskedName,
        LastName = MaskedName,
        // A company's name is not personal data, but a sole trader's company often is their own name: mask it too.
        CompanyName = contact.CompanyName is null ? null : MaskedName,
        Email = null,
        Phone = null,
    };

    public static LeadCaptured Mask(LeadCaptured e) => e with { Intake = Mask(e.Intake) };

    public static LeadMerged Mask(LeadMerged e) => e with { Duplicate = Mask(e.Duplicate) };

    public static ActivityLogged Mask(ActivityLogged e) => e with { Activity = e.Activity with { Note = null } };

    public static FollowUpScheduled Mask(FollowUpScheduled e) => e with { FollowUp = e.FollowUp with { Note = null } };

    public static LeadLost Mask(LeadLost e) => e with { Note = null };

    private static LeadIntake Mask(LeadIntake intake) => intake with
    {
        Contact = Mask(intake.Contact), Message = null,
    };
}
