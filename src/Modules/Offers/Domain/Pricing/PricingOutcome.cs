namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// A priced offer as shown to the customer: what the simulation answers and what each negotiation round records,
/// so the figures a customer saw stay on file even if the engine's rules change later.
/// </summary>
public sealed record PricingOutcome(
    string Product, string CustomerType, string QuotedBasis,
    decimal MonthlyRent, decimal MonthlyServiceCharge, decimal MonthlyTotal,
    decimal FirstPayment, decimal AmountFinanced, int NumberOfPayments, decimal TotalCost,
    decimal? PurchaseOptionPrice, decimal? TotalCostIfOptionExercised,
    decimal ExcessKmPrice, decimal ContractMileageKm,
    PricingAmounts ExcludingVat, PricingAmounts IncludingVat,
    IReadOnlyList<AmortisationRow> Schedule)
{
    public static PricingOutcome From(PricingResult result) => new(
        result.Product.ToString().ToUpperInvariant(), result.CustomerType.ToString(), result.QuotedBasis.ToString(),
        result.MonthlyRent, result.MonthlyServiceCharge, result.MonthlyTotal,
        result.FirstPayment, result.AmountFinanced, result.NumberOfPayments, result.TotalCost,
        result.PurchaseOptionPrice, result.TotalCostIfOptionExercised,
        result.ExcessKmPrice, result.ContractMileageKm,
        result.ExcludingVat, result.IncludingVat,
        // The engine's rows as they are: immutable, already rounded to the cent, and the shape the answer shows.
        result.Schedule.Rows);
}
