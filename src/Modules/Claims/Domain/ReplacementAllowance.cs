namespace Leasing.Claims.Domain;

/// <summary>
/// The replacement-vehicle days a contract allows per contract year (counted from the delivery date), and what is left
/// once this year's loans are counted: days used for returned vehicles, days granted for those still out.
/// </summary>
public static class ReplacementAllowance
{
    public static (DateOnly From, DateOnly To) ContractYearOf(DateOnly deliveredOn, DateOnly day)
    {
        var years = day.Year - deliveredOn.Year;
        var start = deliveredOn.AddYears(years);
        if (start > day) start = deliveredOn.AddYears(years - 1);
        return (start, start.AddYears(1).AddDays(-1));
    }

    public static int DaysLeft(int allowedPerYear, DateOnly deliveredOn, DateOnly on, IEnumerable<ReplacementVehicleLoan> loansOfTheContract)
    {
        var (from, to) = ContractYearOf(deliveredOn, on);
        var counted = loansOfTheContract.Where(l => l.StartsOn >= from && l.StartsOn <= to).Sum(l => l.DaysUsed ?? l.DaysGranted);
        return Math.Max(0, allowedPerYear - counted);
    }

    /// <summary>A day started counts: out on the 3rd and back on the 5th is two days, back the same day is one.</summary>
    public static int DaysUsed(DateOnly startsOn, DateOnly returnedOn) => Math.Max(1, returnedOn.DayNumber - startsOn.DayNumber);
}
