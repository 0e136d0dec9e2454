using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.Sources;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;
using Integration = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Prospecting.Tests.Leads;

public class LeadIntegrationEventsTests
{
    private static readonly DateTimeOffset At = Winter(2026, 3, 16, 10);

    [Fact]
    public void Captured_qualified_visit_won_and_lost_are_published_flat()
    {
        var captured = new LeadCaptured(Guid.NewGuid(), SampleIntake(), At);
        var lead = Lead.Create(captured);
        var advisor = Guid.NewGuid();
        lead = Apply(lead, [new LeadAssigned(lead.Id, advisor, null, At)]);

        Assert.Equal(new Integration.LeadCaptured(lead.Id, SourceCatalogue.LaCentrale, PointOfSale, "Api", "Used", null, At),
            LeadIntegrationEvents.For(captured, lead));

        var qualified = new LeadQualified(lead.Id, QualifiedNeed, At.AddHours(1));
        Assert.Equal(new Integration.LeadQualified(lead.Id, PointOfSale, advisor, "Used", "Lld", At.AddHours(1)),
            LeadIntegrationEvents.For(qualified, Apply(lead, [qualified])));

        var visit = new AppointmentSet(lead.Id, At.AddDays(2), OtherPointOfSale, At.AddHours(2));
        Assert.Equal(new Integration.VisitScheduled(lead.Id, OtherPointOfSale, advisor, At.AddDays(2), At.AddHours(2)), LeadIntegrationEvents.For(visit, lead));

        var quote = Guid.NewGuid();
        Assert.Equal(new Integration.LeadWon(lead.Id, SourceCatalogue.LaCentrale, quote, null, At.AddDays(5)),
            LeadIntegrationEvents.For(new LeadWon(lead.Id, quote, null, At.AddDays(5)), lead));
        Assert.Equal(new Integration.LeadLost(lead.Id, SourceCatalogue.LaCentrale, "PriceOrBudget", At.AddDays(5)),
            LeadIntegrationEvents.For(new LeadLost(lead.Id, LossReason.PriceOrBudget, "trop cher pour M. Dupont", At.AddDays(5)), lead));
    }

    [Fact]
    public void Internal_events_publish_nothing()
    {
        var lead = Captured(At);
        Assert.Null(LeadIntegrationEvents.For(new LeadAcknowledged(lead.Id, At), lead));
        Assert.Null(LeadIntegrationEvents.For(new LeadMerged(lead.Id, SampleIntake(), At), lead));
    }
}
