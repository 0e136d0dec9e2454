namespace Leasing.Offers.Domain.ResidualValues;

public sealed record ResidualValueTableImported(ResidualValueRate[] Rates, string Source, DateTimeOffset At);

public sealed record ResidualValueRateSet(ResidualValueRate Rate, DateTimeOffset At);

public sealed record ResidualValueRateRemoved(string Segment, int TermMonths, int AnnualMileageKm, DateTimeOffset At);
