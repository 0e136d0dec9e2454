namespace Leasing.Prospecting.Domain.Leads;

public enum VehicleCondition { New, Used }

/// <summary>How the customer means to pay: long-term rental, lease with purchase option, or outright purchase (cash or credit).</summary>
public enum FinancingKind { Lld, Loa, Purchase }

public enum PurchaseTimeframe { Immediate, WithinThreeMonths, WithinSixMonths, MoreThanSixMonths }

/// <summary>A rent is budgeted per month, a purchase in total; the basis says which one the amount is.</summary>
public enum BudgetBasis { Monthly, Total }

public sealed record LeadBudget(decimal Amount, BudgetBasis Basis)
{
    /// <summary>LLD and LOA customers think in monthly rents; a buyer (or an unknown need) in a total price.</summary>
    public static LeadBudget For(FinancingKind? financing, decimal amount) =>
        new(amount, financing is FinancingKind.Lld or FinancingKind.Loa ? BudgetBasis.Monthly : BudgetBasis.Total);
}

/// <summary>The vehicle the person asked about; the ad reference ties a listing-site lead to the car in stock.</summary>
public sealed record VehicleOfInterest(string? Make, string? Model, int? Year, string? AdReference = null);

public sealed record TradeIn(string? Make, string? Model, int? Year, int? MileageKm);

/// <summary>What the person wants. Everything is optional at capture; qualification completes it.</summary>
public sealed record LeadNeed(
    VehicleCondition? Condition = null,
    FinancingKind? Financing = null,
    LeadBudget? Budget = null,
    VehicleOfInterest? Vehicle = null,
    PurchaseTimeframe? Timeframe = null,
    TradeIn? TradeIn = null)
{
    public static readonly LeadNeed Unknown = new();
}
