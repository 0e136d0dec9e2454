namespace Leasing.Contracts.Domain.Mileage;

public enum ReadingSource { Driver, FleetManager, Garage }

public sealed record OdometerReading(Guid ReadingId, DateOnly ReadOn, int OdometerKm, ReadingSource Source, string? ReportedBy);

/// <summary>
/// Whether a new odometer reading can be believed. It may not be lower than the last known one (the delivery odometer
/// first), nor dated before it or in the future, nor imply more than <see cref="MaxKmPerDay"/> km a day since it, which
/// no car in daily use drives (1 500 km is 15 hours a day at motorway speed): a typo, or another car's reading.
/// </summary>
public static class OdometerRules
{
    public const int MaxKmPerDay = 1_500;
    public const int MaxOdometerKm = 2_000_000;

    /// <returns>The field to blame and why, or null when the reading is plausible.</returns>
    public static (string Field, string Reason)? Check(DateOnly readOn, int odometerKm, DateOnly today, DateOnly lastReadOn, int lastOdometerKm)
    {
        if (readOn > today) return ("readOn", $"A reading cannot be dated in the future ({readOn:yyyy-MM-dd} > {today:yyyy-MM-dd}).");
        if (readOn < lastReadOn)
            return ("readOn", $"The reading is dated before the last known one ({lastReadOn:yyyy-MM-dd}, {lastOdometerKm} km).");
        if (odometerKm is < 0 or > MaxOdometerKm) return ("odometerKm", $"Between 0 and {MaxOdometerKm} km.");
        if (odometerKm < lastOdometerKm)
            return ("odometerKm", $"{odometerKm} km is lower than the last reading ({lastOdometerKm} km on {lastReadOn:yyyy-MM-dd}): an odometer never goes back.");
        var days = Math.Max(1, readOn.DayNumber - lastReadOn.DayNumber);
        var perDay = (odometerKm - lastOdometerKm) / (decimal)days;
        if (perDay > MaxKmPerDay)
            return ("odometerKm",
                $"{odometerKm - lastOdometerKm} km in {days} day(s) since {lastReadOn:yyyy-MM-dd} is {Math.Round(perDay)} km a day, more than the {MaxKmPerDay} km a day a car can plausibly drive.");
        return null;
    }
}
