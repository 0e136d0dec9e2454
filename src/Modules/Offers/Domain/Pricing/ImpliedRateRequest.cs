namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// "From a quoted rent, find the rate actually applied": dealers often quote a rent without the rate
/// (seed 002's reader asks how 12 000 € at 6 % gives 429.06 €). <see cref="MonthlyRent"/> is the
/// financial rent, without services and without a lessor margin.
/// </summary>
public sealed record ImpliedRateRequest(
    decimal VehiclePrice,
    decimal FirstPayment,
    decimal ResidualValue,
    int TermMonths,
    decimal MonthlyRent,
    PaymentTiming PaymentTiming = PaymentTiming.Arrears);
