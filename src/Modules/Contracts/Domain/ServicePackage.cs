namespace Leasing.Contracts.Domain;

/// <summary>
/// The services included in the rent (seed 001): assistance through the driver hotline, maintenance at approved dealers,
/// tyres (a number of tyres over the contract), a replacement vehicle (category, days a year), insurance (cover and
/// deductible), a fuel card. Carried by <c>VehicleDelivered</c> so the services and claims desks need nothing else.
/// </summary>
public sealed record ServicePackage(
    bool Assistance, bool Maintenance, bool Tyres, int TyresAllowed, bool ReplacementVehicle, string? ReplacementVehicleCategory,
    int ReplacementVehicleDaysAllowed, bool Insurance, string? InsuranceCover, decimal? InsuranceDeductible, bool FuelCard)
{
    /// <summary>
    /// What an offer with per-km services implies when nothing more was said: assistance always (the hotline card is handed
    /// over at delivery), maintenance and tyres when the offer carries a cost per km (PRK); nothing else is assumed.
    /// </summary>
    public static ServicePackage DefaultFor(decimal serviceRatePerKm) => serviceRatePerKm > 0m
        ? new(true, true, true, 4, false, null, 0, false, null, null, false)
        : new(true, false, false, 0, false, null, 0, false, null, null, false);

    public string[] Names()
    {
        var names = new List<string>();
        if (Assistance) names.Add("Assistance");
        if (Maintenance) names.Add("Maintenance");
        if (Tyres) names.Add("Tyres");
        if (ReplacementVehicle) names.Add("ReplacementVehicle");
        if (Insurance) names.Add("Insurance");
        if (FuelCard) names.Add("FuelCard");
        return names.ToArray();
    }
}
