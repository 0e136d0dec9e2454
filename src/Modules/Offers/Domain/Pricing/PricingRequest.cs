namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// Everything the "pavé financier" needs. Amounts are in the customer's basis (<see cref="Vat"/>):
/// TTC for an individual, HT for a business.
/// </summary>
public sealed record PricingRequest
{
    public required LeaseProduct Product { get; init; }

    public required CustomerType CustomerType { get; init; }

    /// <summary>Capitalised value: the registered car with options and fees, after discount (see <see cref="CapitalisedValue"/>).</summary>
    public required decimal VehiclePrice { get; init; }

    /// <summary>"Premier loyer majoré" / apport, paid at signature; it lowers the amount the rents repay.</summary>
    public decimal FirstPayment { get; init; }

    public required int TermMonths { get; init; }

    public required int AnnualMileageKm { get; init; }

    /// <summary>The car's estimated value at term; with LOA, also the purchase-option price. Fixed at signature.</summary>
    public required decimal ResidualValue { get; init; }

    public required decimal AnnualRatePercent { get; init; }

    /// <summary>
    /// Independent lessor's "coefficient loueur": multiplies the financial rent to carry its margin.
    /// 1 for a dealer, whose margin is elsewhere.
    /// </summary>
    public decimal LessorMarginCoefficient { get; init; } = 1m;

    public PaymentTiming PaymentTiming { get; init; } = PaymentTiming.Arrears;

    public IReadOnlyList<IncludedService> Services { get; init; } = [];

    /// <summary>Price of each km beyond the contract mileage: the services' PRK plus the car's km depreciation.</summary>
    public decimal ExcessKmPrice { get; init; }

    /// <summary>What the rents repay down to the residual value.</summary>
    public decimal CapitalisedValueAfterFirstPayment => VehiclePrice - FirstPayment;

    public decimal MonthlyRate => Annuity.MonthlyRate(AnnualRatePercent);
}
