using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Layout;
using Xunit;
using static Leasing.Workflows.Tests.Definitions.Charts;

namespace Leasing.Workflows.Tests.Definitions;

public class AutoLayoutTests
{
    private static double Column(int layer) => AutoLayout.Margin + layer * AutoLayout.ColumnWidth;

    private static double Row(int row) => AutoLayout.Margin + row * AutoLayout.RowHeight;

    [Fact]
    public void Activities_are_placed_in_columns_by_their_longest_path_from_start()
    {
        // start → decide; True → review → done; False → done: "done" is two steps away by one path, three by the other.
        var placed = AutoLayout.Apply(Valid());

        DesignerPosition At(string id) => placed.FindActivity(id)!.Position!;
        Assert.Equal(new DesignerPosition(Column(0), Row(0)), At("start"));
        Assert.Equal(new DesignerPosition(Column(1), Row(0)), At("decide"));
        Assert.Equal(new DesignerPosition(Column(2), Row(0)), At("review"));
        Assert.Equal(new DesignerPosition(Column(3), Row(0)), At("done"));
    }

    [Fact]
    public void Activities_of_one_column_are_stacked_in_rows()
    {
        var definition = Definition(
            [Activity("start", "Start"), Activity("fork", "Fork", new { branches = new[] { "A", "B" } }), Activity("a", "Notify"), Activity("b", "Notify"), Activity("join", "Join"), Activity("end", "End")],
            [Arrow("start", "fork"), Arrow("fork", "a", "A"), Arrow("fork", "b", "B"), Arrow("a", "join"), Arrow("b", "join"), Arrow("join", "end")]);

        var placed = AutoLayout.Apply(definition);

        Assert.Equal(new DesignerPosition(Column(2), Row(0)), placed.FindActivity("a")!.Position);
        Assert.Equal(new DesignerPosition(Column(2), Row(1)), placed.FindActivity("b")!.Position);
        Assert.Equal(new DesignerPosition(Column(3), Row(0)), placed.FindActivity("join")!.Position);
    }

    [Fact]
    public void A_loop_back_does_not_push_activities_further_right()
    {
        var definition = Definition(
            [Activity("start", "Start"), Activity("review", "HumanTask", Task("Approve", "Rework")), Activity("rework", "HumanTask", Task("Done")), Activity("end", "End")],
            [Arrow("start", "review"), Arrow("review", "end", "Approve"), Arrow("review", "rework", "Rework"), Arrow("rework", "review")]);

        var layers = AutoLayout.Layers(definition);

        Assert.Equal(0, layers["start"]);
        Assert.Equal(1, layers["review"]);
        Assert.Equal(2, layers["rework"]);
        Assert.Equal(2, layers["end"]);
    }

    [Fact]
    public void Positions_already_given_are_kept_and_unreachable_activities_go_last()
    {
        var kept = new DesignerPosition(500, 700);
        var definition = Valid().Replacing(Valid().FindActivity("review")! with { Position = kept })
            .WithActivities(Activity("island", "Notify"));

        var placed = AutoLayout.Apply(definition);

        Assert.Equal(kept, placed.FindActivity("review")!.Position);
        Assert.Equal(Column(4), placed.FindActivity("island")!.Position!.X);
        Assert.All(placed.Root.Activities, a => Assert.NotNull(a.Position));
    }
}
