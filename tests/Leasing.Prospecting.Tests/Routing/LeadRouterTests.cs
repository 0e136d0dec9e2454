using Leasing.Prospecting.Domain.Routing;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;

namespace Leasing.Prospecting.Tests.Routing;

public class LeadRouterTests
{
    private static readonly Guid Alice = Guid.NewGuid(), Bruno = Guid.NewGuid(), Chloe = Guid.NewGuid();

    private static AdvisorAvailability Advisor(Guid id, string name, bool available = true, int open = 0, DateTimeOffset? last = null) =>
        new(id, name, available, open, last);

    [Fact]
    public void Round_robin_takes_turns_in_a_stable_order_whatever_the_input_order()
    {
        // Given in a shuffled order: the turn still goes Alice → Bruno → Chloé → Alice.
        AdvisorAvailability[] team = [Advisor(Chloe, "Chloé"), Advisor(Alice, "Alice"), Advisor(Bruno, "Bruno")];
        var served = new List<Guid>();
        Guid? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = LeadRouter.Choose(RoutingStrategy.RoundRobin, team, last);
            served.Add(last!.Value);
        }
        Assert.Equal([Alice, Bruno, Chloe, Alice, Bruno, Chloe], served);
        Assert.Equal(Alice, LeadRouter.RoundRobin(team.Reverse().ToArray(), Chloe));
    }

    [Fact]
    public void Round_robin_skips_unavailable_advisors()
    {
        AdvisorAvailability[] team = [Advisor(Alice, "Alice"), Advisor(Bruno, "Bruno", available: false), Advisor(Chloe, "Chloé")];
        Assert.Equal(Chloe, LeadRouter.RoundRobin(team, Alice));
        Assert.Equal(Alice, LeadRouter.RoundRobin(team, Chloe));
    }

    [Fact]
    public void Round_robin_starts_from_the_top_when_the_last_advisor_is_unknown()
    {
        AdvisorAvailability[] team = [Advisor(Bruno, "Bruno"), Advisor(Alice, "Alice")];
        Assert.Equal(Alice, LeadRouter.RoundRobin(team, null));
        Assert.Equal(Alice, LeadRouter.RoundRobin(team, Guid.NewGuid()));
    }

    [Fact]
    public void Nobody_available_means_no_advisor()
    {
        AdvisorAvailability[] team = [Advisor(Alice, "Alice", available: false)];
        Assert.Null(LeadRouter.Choose(RoutingStrategy.RoundRobin, team, null));
        Assert.Null(LeadRouter.Choose(RoutingStrategy.LowestOpenLoad, team, null));
        Assert.Null(LeadRouter.Choose(RoutingStrategy.RoundRobin, [], null));
    }

    [Fact]
    public void Lowest_load_goes_to_the_advisor_with_fewest_open_leads()
    {
        AdvisorAvailability[] team = [Advisor(Alice, "Alice", open: 5), Advisor(Bruno, "Bruno", open: 2), Advisor(Chloe, "Chloé", available: false, open: 0)];
        Assert.Equal(Bruno, LeadRouter.Choose(RoutingStrategy.LowestOpenLoad, team, null));
    }

    [Fact]
    public void Lowest_load_ties_go_to_the_least_recently_assigned()
    {
        var morning = Winter(2026, 3, 16, 9);
        AdvisorAvailability[] team =
        [
            Advisor(Alice, "Alice", open: 3, last: morning.AddHours(2)),
            Advisor(Bruno, "Bruno", open: 3, last: morning),
            Advisor(Chloe, "Chloé", open: 4, last: null),
        ];
        Assert.Equal(Bruno, LeadRouter.LowestOpenLoad(team));

        // Never having received a lead counts as the longest wait.
        Assert.Equal(Chloe, LeadRouter.LowestOpenLoad([.. team[..2], team[2] with { OpenLeads = 3 }]));
    }

    [Fact]
    public void Lowest_load_spreads_a_burst_of_leads_evenly()
    {
        var loads = new Dictionary<Guid, (int Open, DateTimeOffset? Last)> { [Alice] = (2, null), [Bruno] = (0, null), [Chloe] = (1, null) };
        var now = Winter(2026, 3, 16, 9);
        for (var i = 0; i < 9; i++)
        {
            now = now.AddMinutes(1);
            var chosen = LeadRouter.LowestOpenLoad(loads.Select(l => Advisor(l.Key, l.Key.ToString(), open: l.Value.Open, last: l.Value.Last)).ToList())!.Value;
            loads[chosen] = (loads[chosen].Open + 1, now);
        }
        // 3 + 9 = 12 leads over three advisors.
        Assert.All(loads.Values, l => Assert.Equal(4, l.Open));
    }
}
