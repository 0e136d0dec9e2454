namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// The "valeur d'immobilisation": what the financing body pays for the registered car. Dealers
/// negotiate on each part, so the parts are kept apart until they become the single vehicle price
/// the annuity works on (<see cref="PricingRequest.VehiclePrice"/>).
/// </summary>
public sealed record CapitalisedValue(decimal CataloguePrice, decimal Options, decimal RegistrationAndDeliveryFees, decimal DealerDiscount)
{
    public decimal Total => CataloguePrice + Options + RegistrationAndDeliveryFees - DealerDiscount;
}
