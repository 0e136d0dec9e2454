namespace Leasing.Prospecting.Domain.Leads;

/// <summary>
/// A simulation made for the lead (in the Offers simulator, or the website's): what was simulated and what it gave,
/// kept as figures so the advisor sees what the prospect saw, even after the price list changes. Amounts are in the
/// customer's basis (TTC for an individual, HT for a business).
/// </summary>
public sealed record LeadSimulation(
    Guid Id, string Product, string CustomerType, string? Vehicle, decimal VehiclePrice, decimal FirstPayment, decimal ResidualValue,
    int TermMonths, int AnnualMileageKm, decimal AnnualRatePercent, decimal MonthlyRent, decimal MonthlyServiceCharge, decimal MonthlyTotal,
    decimal TotalCost, decimal? PurchaseOptionPrice);
