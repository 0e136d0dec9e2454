using Leasing.Workflows.Definitions;
using Xunit;

namespace Leasing.Workflows.Tests.Definitions;

public class WorkflowDurationTests
{
    [Theory]
    [InlineData("4h", 4 * 60)]
    [InlineData("30m", 30)]
    [InlineData("2d", 2 * 24 * 60)]
    [InlineData("1d12h", 36 * 60)]
    [InlineData("1w", 7 * 24 * 60)]
    [InlineData("PT4H", 4 * 60)]
    [InlineData("PT30M", 30)]
    [InlineData("P30D", 30 * 24 * 60)]
    [InlineData("P1DT12H", 36 * 60)]
    [InlineData("P2W", 14 * 24 * 60)]
    [InlineData("pt90m", 90)]
    public void Iso_and_shorthand_durations_are_read(string text, int minutes)
    {
        Assert.True(WorkflowDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("4 hours")]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("0h")]
    [InlineData("-4h")]
    [InlineData("4x")]
    public void Anything_else_is_not_a_duration(string text)
    {
        Assert.False(WorkflowDuration.TryParse(text, out _));
        Assert.Throws<FormatException>(() => WorkflowDuration.Parse(text));
    }
}
