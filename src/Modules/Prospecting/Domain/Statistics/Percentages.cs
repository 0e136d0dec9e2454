namespace Leasing.Prospecting.Domain.Statistics;

/// <summary>Percentages shown to two decimals, half away from zero like amounts; nothing of nothing is 0 %.</summary>
public static class Percentages
{
    public static decimal Of(int part, int whole) =>
        whole == 0 ? 0m : Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero);
}
