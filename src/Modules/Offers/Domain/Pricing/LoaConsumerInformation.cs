namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// What a consumer must be shown before signing an LOA (French consumer-credit information on
/// "location avec option d'achat"): the cash price, the number, amount and periodicity of the rents,
/// the first payment, the option price, and the total cost with and without buying the car.
/// Consumers compare prices including VAT, so every amount is TTC whatever basis the quote was built in.
/// </summary>
public sealed record LoaConsumerInformation(
    decimal CashPrice,
    int NumberOfRents,
    decimal RentAmount,
    string Periodicity,
    decimal FirstPayment,
    decimal PurchaseOptionPrice,
    decimal TotalCostWithoutOption,
    decimal TotalCostWithOption)
{
    public const string Monthly = "monthly";

    /// <summary>The rent shown is the monthly total the customer pays (financial rent + included services).</summary>
    public static LoaConsumerInformation From(PricingRequest request, PricingResult result)
    {
        if (result.Product != LeaseProduct.Loa)
            throw new ArgumentException("Only an LOA offer carries a purchase option.", nameof(result));

        var ttc = result.IncludingVat;
        return new LoaConsumerInformation(
            ttc.VehiclePrice,
            request.TermMonths,
            ttc.MonthlyTotal,
            Monthly,
            ttc.FirstPayment,
            ttc.PurchaseOptionPrice!.Value,
            ttc.TotalCost,
            ttc.TotalCostIfOptionExercised!.Value);
    }
}
