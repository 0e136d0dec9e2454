namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// The customer-facing amounts of a quote in one VAT basis. Totals are always rebuilt from the
/// components in that basis (never converted themselves), so every view adds up to the cent.
/// </summary>
public sealed record PricingAmounts(
    VatBasis Basis,
    decimal VehiclePrice,
    decimal FirstPayment,
    decimal MonthlyRent,
    decimal MonthlyServiceCharge,
    decimal MonthlyTotal,
    decimal TotalCost,
    decimal? PurchaseOptionPrice,
    decimal? TotalCostIfOptionExercised,
    decimal ExcessKmPrice)
{
    /// <summary>
    /// Totals from the (already rounded) components: the customer pays the first payment, then n
    /// monthly totals; with LOA, exercising the option adds its price on top.
    /// </summary>
    public static PricingAmounts Compose(
        VatBasis basis, decimal vehiclePrice, decimal firstPayment, decimal monthlyRent, decimal monthlyServiceCharge,
        int termMonths, decimal? purchaseOptionPrice, decimal excessKmPrice)
    {
        var monthlyTotal = monthlyRent + monthlyServiceCharge;
        var totalCost = firstPayment + termMonths * monthlyTotal;
        return new PricingAmounts(
            basis, vehiclePrice, firstPayment, monthlyRent, monthlyServiceCharge, monthlyTotal, totalCost,
            purchaseOptionPrice, totalCost + purchaseOptionPrice, excessKmPrice);
    }

    /// <summary>The same quote in another basis: each component converted, totals rebuilt.</summary>
    public PricingAmounts In(VatBasis target, int termMonths)
    {
        decimal To(decimal amount) => Vat.Convert(amount, Basis, target);
        return Compose(
            target, To(VehiclePrice), To(FirstPayment), To(MonthlyRent), To(MonthlyServiceCharge), termMonths,
            PurchaseOptionPrice is { } option ? To(option) : null, To(ExcessKmPrice));
    }
}
