using Leasing.Prospecting.Domain.Duplicates;
using Leasing.Prospecting.Domain.Leads;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;

namespace Leasing.Prospecting.Tests.Duplicates;

public class DuplicateDetectorTests
{
    private static readonly DateTimeOffset Now = Winter(2026, 3, 16, 10);

    private static LeadContact Contact(string? email, string? phone) => new(PartyKind.Person, "Jean", "Dupont", null, email, phone);

    private static LeadContactSnapshot Open(Guid id, DateTimeOffset capturedAt, string? email = null, string? phone = null, bool open = true) =>
        new(id, open, capturedAt, email is null ? [] : [email], phone is null ? [] : [phone]);

    [Fact]
    public void The_same_email_written_differently_is_a_duplicate()
    {
        var id = Guid.NewGuid();
        var found = DuplicateDetector.FindOpenDuplicate(Contact(" JEAN.Dupont@exemple.fr", null), Now, [Open(id, Now.AddDays(-3), email: "jean.dupont@exemple.fr")]);
        Assert.Equal(id, found);
    }

    [Fact]
    public void The_same_phone_written_differently_is_a_duplicate()
    {
        var id = Guid.NewGuid();
        var found = DuplicateDetector.FindOpenDuplicate(Contact("autre@exemple.fr", "06.12.34.56.78"), Now, [Open(id, Now.AddDays(-3), phone: "+33612345678")]);
        Assert.Equal(id, found);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(29, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void Only_leads_captured_within_30_days_match(int daysAgo, bool matches)
    {
        var id = Guid.NewGuid();
        var found = DuplicateDetector.FindOpenDuplicate(Contact(null, "+33612345678"), Now, [Open(id, Now.AddDays(-daysAgo), phone: "+33612345678")]);
        Assert.Equal(matches ? id : null, found);
    }

    [Fact]
    public void Closed_leads_and_other_people_do_not_match()
    {
        var found = DuplicateDetector.FindOpenDuplicate(Contact("jean.dupont@exemple.fr", "+33612345678"), Now,
        [
            Open(Guid.NewGuid(), Now.AddDays(-1), email: "jean.dupont@exemple.fr", open: false),
            Open(Guid.NewGuid(), Now.AddDays(-1), email: "marie@exemple.fr", phone: "+33698765432"),
        ]);
        Assert.Null(found);
    }

    [Fact]
    public void A_contact_with_neither_email_nor_phone_matches_nothing()
    {
        Assert.Null(DuplicateDetector.FindOpenDuplicate(Contact(null, null), Now, [Open(Guid.NewGuid(), Now, email: "x@y.fr")]));
    }

    [Fact]
    public void The_most_recent_matching_lead_wins()
    {
        var (older, newer) = (Guid.NewGuid(), Guid.NewGuid());
        var found = DuplicateDetector.FindOpenDuplicate(Contact("jean.dupont@exemple.fr", "+33612345678"), Now,
            [Open(older, Now.AddDays(-10), email: "jean.dupont@exemple.fr"), Open(newer, Now.AddDays(-2), phone: "+33612345678")]);
        Assert.Equal(newer, found);
    }

    [Fact]
    public void Details_brought_by_a_merged_duplicate_find_the_lead_again()
    {
        var lead = Captured(Now.AddDays(-5), SampleIntake(email: "jean.dupont@exemple.fr", phone: "+33612345678"));
        lead = Apply(lead, [new LeadMerged(lead.Id, SampleIntake(email: "jd@travail.fr", phone: "+33698765432"), Now.AddDays(-1))]);

        Assert.Equal(lead.Id, DuplicateDetector.FindOpenDuplicate(Contact(null, "06 98 76 54 32"), Now, [LeadContactSnapshot.Of(lead)]));
        Assert.Equal(lead.Id, DuplicateDetector.FindOpenDuplicate(Contact("JD@travail.fr", null), Now, [LeadContactSnapshot.Of(lead)]));
    }

    [Fact]
    public void A_won_lead_is_not_open_for_merging()
    {
        var lead = Captured(Now.AddDays(-5)) with { Status = LeadStatus.Won };
        Assert.Null(DuplicateDetector.FindOpenDuplicate(Contact("jean.dupont@exemple.fr", null), Now, [LeadContactSnapshot.Of(lead)]));
    }

    [Fact]
    public void Capture_merges_a_duplicate_and_starts_a_new_lead_otherwise()
    {
        var existing = Captured(Now.AddDays(-2));
        var newId = Guid.NewGuid();

        var merged = LeadCapture.Decide(newId, SampleIntake(phone: "06 12 34 56 78"), [LeadContactSnapshot.Of(existing)], Now);
        Assert.Equal((existing.Id, false), (merged.LeadId, merged.StartsNewStream));
        Assert.IsType<LeadMerged>(merged.Event);

        var fresh = LeadCapture.Decide(newId, SampleIntake(email: "marie@exemple.fr", phone: "+33698765432"), [LeadContactSnapshot.Of(existing)], Now);
        Assert.Equal((newId, true), (fresh.LeadId, fresh.StartsNewStream));
        Assert.Equal(newId, Assert.IsType<LeadCaptured>(fresh.Event).LeadId);
    }
}
