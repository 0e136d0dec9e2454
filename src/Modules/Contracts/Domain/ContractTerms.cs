using Leasing.Offers.IntegrationEvents;

namespace Leasing.Contracts.Domain;

/// <summary>
/// The pricing terms of the contract in the customer's basis (TTC for an individual, HT for a business), as accepted on
/// the offer and later changed by conditions (first payment) or amendments (mileage, term). The residual value never
/// changes after delivery. Fees are the lessor's fee schedule in force when the file was opened, excluding VAT.
/// </summary>
public sealed record ContractTerms(
    Product Product, CustomerType CustomerType, decimal VehiclePrice, decimal FirstPayment, int TermMonths, int AnnualMileageKm,
    decimal ResidualValue, decimal AnnualRatePercent, decimal LessorMarginCoefficient, string PaymentTiming,
    decimal ServiceRatePerKm, decimal ServiceRatePerMonth, decimal ExcessKmPrice,
    decimal DeliveryFeeExcludingVat, decimal ReturnFeeExcludingVat)
{
    public int ContractMileageKm => (int)Math.Round(AnnualMileageKm * (decimal)TermMonths / 12m, MidpointRounding.AwayFromZero);

    public VatBasis Basis => CustomerType == CustomerType.Business ? VatBasis.ExcludingVat : VatBasis.IncludingVat;

    /// <summary>Consumer LOA is a credit: its offer is held 15 days, it has a withdrawal period and the D.312-18 indemnity.</summary>
    public bool IsConsumerCredit => Product == Product.Loa && CustomerType == CustomerType.Individual;

    public ContractPricingTerms ToPricing() => new(Product.ToString().ToUpperInvariant(), CustomerType.ToString(), VehiclePrice, FirstPayment,
        TermMonths, AnnualMileageKm, ResidualValue, AnnualRatePercent, LessorMarginCoefficient, PaymentTiming, ServiceRatePerKm,
        ServiceRatePerMonth, ExcessKmPrice);
}

/// <summary>The monthly amounts in both bases; the quoted basis is authoritative (see <see cref="VatAmounts"/>).</summary>
public sealed record RentFigures(VatAmounts Rent, VatAmounts Services, decimal? PurchaseOptionPriceQuoted, decimal ExcessKmPriceQuoted)
{
    public VatAmounts Total => Rent + Services;

    public static RentFigures From(ContractPrice price, VatBasis basis) => new(
        VatAmounts.FromQuoted(basis == VatBasis.IncludingVat ? price.MonthlyRentIncludingVat : price.MonthlyRentExcludingVat, basis),
        VatAmounts.FromQuoted(basis == VatBasis.IncludingVat ? price.MonthlyServicesIncludingVat : price.MonthlyServicesExcludingVat, basis),
        basis == VatBasis.IncludingVat ? price.PurchaseOptionPriceIncludingVat : price.PurchaseOptionPriceExcludingVat,
        basis == VatBasis.IncludingVat ? price.ExcessKmPriceIncludingVat : price.ExcessKmPriceExcludingVat);
}
