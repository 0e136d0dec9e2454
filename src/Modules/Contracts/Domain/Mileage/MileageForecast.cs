using Leasing.Kernel.Monetary;

namespace Leasing.Contracts.Domain.Mileage;

/// <summary>The end-of-term mileage projected from a reading, against the contract's allowance.</summary>
public sealed record MileageForecast(int DrivenKm, int ElapsedDays, int ProjectedKm, int AllowanceKm, decimal DeviationPercent)
{
    /// <summary>The alert threshold of seed 001: a deviation of more than 15 %, above or below the forecast.</summary>
    public const decimal AlertThresholdPercent = 15m;

    /// <summary>Before two months of driving, a projection says more about the first trips than about the contract.</summary>
    public const int MinimumDaysToProject = 60;

    public bool Deviates => Math.Abs(DeviationPercent) > AlertThresholdPercent;

    /// <summary>
    /// Linear projection at the pace driven so far: driven / elapsed days × the contract's days; deviation =
    /// (projected − allowance) / allowance, in percent. Null before <see cref="MinimumDaysToProject"/> days.
    /// </summary>
    public static MileageForecast? Project(DateOnly deliveredOn, DateOnly endsOn, int deliveryOdometerKm, int allowanceKm, DateOnly readOn, int odometerKm)
    {
        var elapsed = readOn.DayNumber - deliveredOn.DayNumber;
        if (elapsed < MinimumDaysToProject || allowanceKm <= 0) return null;
        var totalDays = endsOn.DayNumber - deliveredOn.DayNumber + 1;
        var driven = odometerKm - deliveryOdometerKm;
        var projected = (int)Math.Round(driven * (decimal)totalDays / elapsed, MidpointRounding.AwayFromZero);
        var deviation = MoneyRounding.ToCent((projected - allowanceKm) * 100m / allowanceKm);
        return new MileageForecast(driven, elapsed, projected, allowanceKm, deviation);
    }

    /// <summary>The yearly mileage an amendment proposes: the projected pace, rounded up to the next thousand km.</summary>
    public int ProposedAnnualMileageKm(int termMonths)
    {
        var yearly = ProjectedKm * 12m / termMonths;
        return (int)(Math.Ceiling(yearly / 1_000m) * 1_000m);
    }
}
