namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// Field names of the public HTTP contract (JSON camelCase). Validation errors and solver failures
/// are keyed by them so a client can put each message beside the right input.
/// </summary>
public static class PricingFields
{
    public const string Product = "product";
    public const string CustomerType = "customerType";
    public const string VehiclePrice = "vehiclePrice";
    public const string FirstPayment = "firstPayment";
    public const string ResidualValue = "residualValue";
    public const string TermMonths = "termMonths";
    public const string AnnualRatePercent = "annualRatePercent";
    public const string AnnualMileageKm = "annualMileageKm";
    public const string ServiceRatePerKm = "serviceRatePerKm";
    public const string ServiceRatePerMonth = "serviceRatePerMonth";
    public const string PaymentTiming = "paymentTiming";
    public const string LessorMarginCoefficient = "lessorMarginCoefficient";
    public const string ExcessKmPrice = "excessKmPrice";
    public const string MonthlyRent = "monthlyRent";
    public const string MonthlyBudget = "monthlyBudget";
}
