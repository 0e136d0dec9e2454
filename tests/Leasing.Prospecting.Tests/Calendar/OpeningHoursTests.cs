using Leasing.Prospecting.Domain.Calendar;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;

namespace Leasing.Prospecting.Tests.Calendar;

public class OpeningHoursTests
{
    [Theory]
    [InlineData(16, 9, 0, true)]
    [InlineData(16, 11, 59, true)]
    [InlineData(16, 12, 0, false)]  // closing time itself is closed
    [InlineData(16, 13, 0, false)]
    [InlineData(16, 19, 0, false)]
    [InlineData(15, 10, 0, false)]  // Sunday
    [InlineData(14, 10, 0, true)]   // Saturday
    public void Open_at(int day, int hour, int minute, bool open) =>
        Assert.Equal(open, Dealership().IsOpenAt(Winter(2026, 3, day, hour, minute)));

    [Fact]
    public void A_closed_date_is_closed_all_day()
    {
        var hours = Dealership(new DateOnly(2026, 3, 16));
        Assert.False(hours.IsOpenAt(Winter(2026, 3, 16, 10)));
        Assert.True(hours.IsOpenAt(Winter(2026, 3, 17, 10)));
    }

    [Fact]
    public void Intervals_given_out_of_order_are_read_in_order()
    {
        IReadOnlyList<OpenInterval> day = [OpenInterval.Of(14, 0, 19, 0), OpenInterval.Of(9, 0, 12, 0)];
        var hours = OpeningHours.Weekly(new Dictionary<DayOfWeek, IReadOnlyList<OpenInterval>> { [DayOfWeek.Monday] = day });

        Assert.Empty(hours.Validate().ToDictionary());
        Assert.Equal(Winter(2026, 3, 16, 14, 10), SlaClock.DueAt(Winter(2026, 3, 16, 11, 50), TimeSpan.FromMinutes(20), hours));
    }

    [Fact]
    public void Validation_names_the_faulty_interval()
    {
        IReadOnlyList<OpenInterval> backwards = [OpenInterval.Of(12, 0, 9, 0)];
        IReadOnlyList<OpenInterval> overlapping = [OpenInterval.Of(9, 0, 13, 0), OpenInterval.Of(12, 0, 19, 0)];
        var hours = OpeningHours.Weekly(new Dictionary<DayOfWeek, IReadOnlyList<OpenInterval>>
        {
            [DayOfWeek.Monday] = backwards, [DayOfWeek.Tuesday] = overlapping,
        });

        var errors = hours.Validate().ToDictionary();

        Assert.Equal(["week.monday[0]", "week.tuesday[1]"], errors.Keys.Order());
        Assert.True(Dealership().Validate().ToDictionary().Count == 0);
        Assert.Contains("week", OpeningHours.Weekly(new Dictionary<DayOfWeek, IReadOnlyList<OpenInterval>>()).Validate().ToDictionary().Keys);
    }

    [Fact]
    public void Sla_deadlines_and_compliance_for_a_lead()
    {
        var captured = Winter(2026, 3, 13, 18, 55);
        var deadlines = SlaPolicy.Seed.DeadlinesFor(captured, Dealership());
        Assert.Equal(Winter(2026, 3, 14, 9, 15), deadlines.AcknowledgeBy);
        // 4 h = 5 min on Friday + 3 h on Saturday morning + 55 min after lunch.
        Assert.Equal(Winter(2026, 3, 14, 14, 55), deadlines.QualifyBy);

        var lead = Captured(captured);
        Assert.True(SlaPolicy.Seed.AcknowledgedWithin(lead with { AcknowledgedAt = Winter(2026, 3, 14, 9, 10) }, Dealership()));
        Assert.True(SlaPolicy.Seed.AcknowledgedWithin(lead with { AcknowledgedAt = Winter(2026, 3, 14, 9, 15) }, Dealership()));
        Assert.False(SlaPolicy.Seed.AcknowledgedWithin(lead with { AcknowledgedAt = Winter(2026, 3, 14, 9, 16) }, Dealership()));
        Assert.False(SlaPolicy.Seed.AcknowledgedWithin(lead, Dealership()));
        Assert.True(SlaPolicy.Seed.QualifiedWithin(lead with { QualifiedAt = Winter(2026, 3, 14, 14, 55) }, Dealership()));
        Assert.False(SlaPolicy.Seed.QualifiedWithin(lead with { QualifiedAt = Winter(2026, 3, 14, 15, 0) }, Dealership()));
    }
}
