namespace Leasing.Offers.Domain.ResidualValues;

/// <summary>
/// The share of the vehicle price a car of this segment keeps after this term and yearly mileage
/// (e.g. a compact car, 36 months, 15 000 km/year keeps 48 %).
/// </summary>
public sealed record ResidualValueRate(string Segment, int TermMonths, int AnnualMileageKm, decimal Percent)
{
    public string Key => $"{Segment}|{TermMonths}|{AnnualMileageKm}";
}
