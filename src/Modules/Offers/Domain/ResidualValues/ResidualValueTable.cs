namespace Leasing.Offers.Domain.ResidualValues;

/// <summary>
/// The lessor's residual-value table, one stream for the whole table so every change is in one ordered history.
/// Between grid points the rate is interpolated linearly in term and in mileage (bilinear); outside the grid there
/// is no rate, because extrapolating a car's value is a pricing decision, not arithmetic.
/// </summary>
public sealed record ResidualValueTable
{
    /// <summary>The table's stream id: there is one table.</summary>
    public static readonly Guid StreamId = new("6a1d1a7e-0000-4000-8000-000000000001");

    public Guid Id { get; init; } = StreamId;
    public IReadOnlyList<ResidualValueRate> Rates { get; init; } = [];
    public int Version { get; init; }

    public static ResidualValueTable Create(ResidualValueTableImported e) => new() { Rates = Ordered(e.Rates) };

    public static ResidualValueTable Create(ResidualValueRateSet e) => new() { Rates = [e.Rate] };

    public ResidualValueTable Apply(ResidualValueTableImported e) => this with { Rates = Ordered(e.Rates) };

    public ResidualValueTable Apply(ResidualValueRateSet e) =>
        this with { Rates = Ordered(Rates.Where(r => r.Key != e.Rate.Key).Append(e.Rate)) };

    public ResidualValueTable Apply(ResidualValueRateRemoved e) =>
        this with { Rates = Rates.Where(r => r.Key != new ResidualValueRate(e.Segment, e.TermMonths, e.AnnualMileageKm, 0m).Key).ToList() };

    public IReadOnlyList<string> Segments => Rates.Select(r => r.Segment).Distinct().ToList();

    /// <summary>The rate in percent for the point, or null when it lies outside the segment's grid.</summary>
    public decimal? PercentFor(string segment, int termMonths, int annualMileageKm)
    {
        var grid = Rates.Where(r => string.Equals(r.Segment, segment, StringComparison.OrdinalIgnoreCase)).ToList();
        var terms = grid.Select(r => r.TermMonths).Distinct().Order().ToList();
        var mileages = grid.Select(r => r.AnnualMileageKm).Distinct().Order().ToList();
        if (!Bracket(terms, termMonths, out var t0, out var t1) || !Bracket(mileages, annualMileageKm, out var m0, out var m1)) return null;

        decimal? At(int term, int mileage) => grid.FirstOrDefault(r => r.TermMonths == term && r.AnnualMileageKm == mileage)?.Percent;
        if (At(t0, m0) is not { } p00 || At(t0, m1) is not { } p01 || At(t1, m0) is not { } p10 || At(t1, m1) is not { } p11) return null;

        var tw = t1 == t0 ? 0m : (decimal)(termMonths - t0) / (t1 - t0);
        var mw = m1 == m0 ? 0m : (decimal)(annualMileageKm - m0) / (m1 - m0);
        var low = p00 + (p01 - p00) * mw;
        var high = p10 + (p11 - p10) * mw;
        return low + (high - low) * tw;
    }

    private static bool Bracket(IReadOnlyList<int> points, int value, out int below, out int above)
    {
        below = points.LastOrDefault(p => p <= value);
        above = points.FirstOrDefault(p => p >= value);
        return points.Count > 0 && value >= points[0] && value <= points[^1];
    }

    private static List<ResidualValueRate> Ordered(IEnumerable<ResidualValueRate> rates) =>
        rates.OrderBy(r => r.Segment, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.TermMonths).ThenBy(r => r.AnnualMileageKm).ToList();
}
