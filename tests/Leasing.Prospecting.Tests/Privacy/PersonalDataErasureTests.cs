using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Duplicates;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.Privacy;
using Leasing.Prospecting.Domain.Statistics;
using Microsoft.AspNetCore.Http;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;

namespace Leasing.Prospecting.Tests.Privacy;

public class PersonalDataErasureTests
{
    private static readonly DateTimeOffset CapturedAt = Winter(2026, 3, 13, 18, 55);

    private static Lead WorkedLead()
    {
        var lead = Captured(CapturedAt);
        return Apply(lead,
        [
            new LeadMerged(lead.Id, SampleIntake(email: "jd@travail.fr", phone: "+33698765432"), Winter(2026, 3, 14, 9, 0)),
            new LeadAcknowledged(lead.Id, Winter(2026, 3, 14, 9, 10)),
            new ActivityLogged(lead.Id, new LeadActivity(Guid.NewGuid(), ActivityKind.Call, "M. Dupont rappelle lundi", Winter(2026, 3, 14, 9, 10)), Winter(2026, 3, 14, 9, 11)),
            new FollowUpScheduled(lead.Id, new FollowUp(Guid.NewGuid(), Winter(2026, 3, 16, 10), "Rappeler M. Dupont"), Winter(2026, 3, 14, 9, 12)),
            new LeadLost(lead.Id, LossReason.BoughtElsewhere, "Dupont a acheté chez Renault", Winter(2026, 3, 20, 10)),
        ]);
    }

    [Fact]
    public void The_person_is_masked_and_the_statistics_are_kept()
    {
        var before = WorkedLead();
        var erasedAt = Winter(2026, 6, 1, 12);

        var after = Apply(before, LeadDecider.Erase(before, erasedAt).Events);

        Assert.Equal((PersonalDataErasure.MaskedName, PersonalDataErasure.MaskedName), (after.Contact.FirstName, after.Contact.LastName));
        Assert.Null(after.Contact.Email);
        Assert.Null(after.Contact.Phone);
        Assert.Null(after.Message);
        Assert.Null(after.LossNote);
        Assert.All(after.Activities, a => Assert.Null(a.Note));
        Assert.All(after.FollowUps, f => Assert.Null(f.Note));
        Assert.All(after.Merges, m => Assert.Equal((PersonalDataErasure.MaskedName, (string?)null, (string?)null),
            (m.Duplicate.Contact.LastName, m.Duplicate.Contact.Email, m.Duplicate.Contact.Phone)));
        Assert.Empty(after.KnownEmails);
        Assert.Empty(after.KnownPhones);
        Assert.Equal(erasedAt, after.ErasedAt);

        Assert.Equal((before.Id, before.SourceId, before.PointOfSaleId, before.CapturedAt, before.AcknowledgedAt, before.Status, before.LossReason, before.ClosedAt),
            (after.Id, after.SourceId, after.PointOfSaleId, after.CapturedAt, after.AcknowledgedAt, after.Status, after.LossReason, after.ClosedAt));
        Assert.Equal(LeadFact.Of(before, Dealership(), SlaPolicy.Seed), LeadFact.Of(after, Dealership(), SlaPolicy.Seed));
    }

    [Fact]
    public void A_company_name_is_masked_too_and_absent_parts_stay_absent()
    {
        var contact = new LeadContact(PartyKind.Company, null, "Martin", "Plomberie Martin", "contact@plomberie-martin.fr", "+33612345678");
        Assert.Equal(new LeadContact(PartyKind.Company, null, "***", "***", null, null), PersonalDataErasure.Mask(contact));
    }

    [Fact]
    public void An_erased_lead_no_longer_matches_duplicates_and_refuses_contact_work()
    {
        var lead = Captured(CapturedAt);
        var erased = Apply(lead, LeadDecider.Erase(lead, Winter(2026, 3, 14, 10)).Events);
        var now = Winter(2026, 3, 14, 11);

        Assert.Null(DuplicateDetector.FindOpenDuplicate(lead.Contact, now, [LeadContactSnapshot.Of(erased)]));
        Assert.Equal(lead.Id, DuplicateDetector.FindOpenDuplicate(lead.Contact, now, [LeadContactSnapshot.Of(lead)]));
        Assert.Equal(StatusCodes.Status409Conflict, LeadDecider.Erase(erased, now).Refusal?.Status);
        Assert.Equal(StatusCodes.Status409Conflict, LeadDecider.Qualify(erased, QualifiedNeed, now).Refusal?.Status);
        Assert.Equal(StatusCodes.Status409Conflict, LeadDecider.Merge(erased, SampleIntake(), now).Refusal?.Status);
        Assert.Equal(StatusCodes.Status409Conflict,
            LeadDecider.LogActivity(erased, new LeadActivity(Guid.NewGuid(), ActivityKind.Call, null, now), now).Refusal?.Status);
        // The outcome can still be recorded, for the statistics.
        Assert.Null(LeadDecider.Lose(erased, LossReason.Unreachable, null, now).Refusal);
    }

    [Fact]
    public void Stored_events_are_masked_the_same_way()
    {
        var lead = Guid.NewGuid();
        var captured = new LeadCaptured(lead, SampleIntake(), CapturedAt);

        var masked = PersonalDataErasure.Mask(captured);

        Assert.Equal((PersonalDataErasure.MaskedName, (string?)null, (string?)null, (string?)null),
            (masked.Intake.Contact.LastName, masked.Intake.Contact.Email, masked.Intake.Contact.Phone, masked.Intake.Message));
        Assert.Equal((captured.LeadId, captured.At, captured.Intake.SourceId, captured.Intake.Need),
            (masked.LeadId, masked.At, masked.Intake.SourceId, masked.Intake.Need));
        Assert.Null(PersonalDataErasure.Mask(new ActivityLogged(lead, new LeadActivity(Guid.NewGuid(), ActivityKind.Note, "secret", CapturedAt), CapturedAt)).Activity.Note);
        Assert.Null(PersonalDataErasure.Mask(new LeadLost(lead, LossReason.Other, "secret", CapturedAt)).Note);
        Assert.Null(PersonalDataErasure.Mask(new LeadMerged(lead, SampleIntake(), CapturedAt)).Duplicate.Contact.Email);
        Assert.Null(PersonalDataErasure.Mask(new FollowUpScheduled(lead, new FollowUp(Guid.NewGuid(), CapturedAt, "secret"), CapturedAt)).FollowUp.Note);
    }
}
