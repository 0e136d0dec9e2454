using Leasing.Prospecting.Domain.Leads;
using Xunit;

namespace Leasing.Prospecting.Tests.Leads;

public class LeadTransitionsTests
{
    [Theory]
    [InlineData(LeadStatus.Won)]
    [InlineData(LeadStatus.Lost)]
    [InlineData(LeadStatus.Expired)]
    public void Outcomes_are_final(LeadStatus outcome)
    {
        Assert.All(Enum.GetValues<LeadStatus>(), next => Assert.False(LeadTransitions.IsAllowed(outcome, next)));
        Assert.False(outcome.IsOpen());
    }

    [Theory]
    [InlineData(LeadStatus.New, LeadStatus.Acknowledged, true)]
    [InlineData(LeadStatus.Acknowledged, LeadStatus.Qualified, true)]
    [InlineData(LeadStatus.Qualified, LeadStatus.AppointmentSet, true)]
    [InlineData(LeadStatus.Qualified, LeadStatus.OfferMade, true)]
    [InlineData(LeadStatus.AppointmentSet, LeadStatus.AppointmentSet, true)]
    [InlineData(LeadStatus.OfferMade, LeadStatus.Won, true)]
    [InlineData(LeadStatus.New, LeadStatus.Won, false)]
    [InlineData(LeadStatus.Qualified, LeadStatus.Won, false)]
    [InlineData(LeadStatus.Acknowledged, LeadStatus.OfferMade, false)]
    [InlineData(LeadStatus.Qualified, LeadStatus.Acknowledged, false)]
    [InlineData(LeadStatus.OfferMade, LeadStatus.Qualified, false)]
    public void Leads_move_forward_only(LeadStatus from, LeadStatus to, bool allowed) =>
        Assert.Equal(allowed, LeadTransitions.IsAllowed(from, to));

    [Fact]
    public void Every_open_lead_can_be_lost_or_expire()
    {
        foreach (var status in Enum.GetValues<LeadStatus>().Where(s => s.IsOpen()))
        {
            Assert.True(LeadTransitions.IsAllowed(status, LeadStatus.Lost));
            Assert.True(LeadTransitions.IsAllowed(status, LeadStatus.Expired));
        }
    }
}
