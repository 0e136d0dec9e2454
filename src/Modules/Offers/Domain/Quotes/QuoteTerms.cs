using Leasing.Kernel.Monetary;
using Leasing.Offers.Domain.Pricing;

namespace Leasing.Offers.Domain.Quotes;

/// <summary>
/// Everything negotiated in one round: the levers a user moves (discount, rate, residual value, mileage, margin)
/// and the rest of the pavé financier. The engine's request is derived from it, never stored beside it.
/// </summary>
public sealed record QuoteTerms(
    LeaseProduct Product,
    CustomerType CustomerType,
    decimal CataloguePrice,
    decimal OptionsPrice,
    decimal RegistrationAndDeliveryFees,
    decimal DealerDiscount,
    decimal FirstPayment,
    int TermMonths,
    int AnnualMileageKm,
    decimal ResidualValue,
    decimal AnnualRatePercent,
    decimal LessorMarginCoefficient,
    PaymentTiming PaymentTiming,
    decimal ServiceRatePerKm,
    decimal ServiceRatePerMonth,
    decimal ExcessKmPrice)
{
    public decimal VehiclePrice => new CapitalisedValue(CataloguePrice, OptionsPrice, RegistrationAndDeliveryFees, DealerDiscount).Total;

    /// <summary>The dealer discount as a share of the catalogue price, the measure the negotiation limits use.</summary>
    public decimal DiscountPercent => CataloguePrice <= 0m ? 0m : MoneyRounding.ToCent(DealerDiscount / CataloguePrice * 100m);

    public PricingRequest ToPricingRequest()
    {
        var services = new List<IncludedService>();
        if (ServiceRatePerKm > 0m) services.Add(IncludedService.PerKm("Prestations au kilomètre", ServiceRatePerKm));
        if (ServiceRatePerMonth > 0m) services.Add(IncludedService.PerMonth("Prestations forfaitaires", ServiceRatePerMonth));
        return new PricingRequest
        {
            Product = Product,
            CustomerType = CustomerType,
            VehiclePrice = VehiclePrice,
            FirstPayment = FirstPayment,
            TermMonths = TermMonths,
            AnnualMileageKm = AnnualMileageKm,
            ResidualValue = ResidualValue,
            AnnualRatePercent = AnnualRatePercent,
            LessorMarginCoefficient = LessorMarginCoefficient,
            PaymentTiming = PaymentTiming,
            Services = services,
            ExcessKmPrice = ExcessKmPrice,
        };
    }
}
