namespace Leasing.Contracts.Domain.Termination;

public enum SettlementMethod
{
    /// <summary>LLD and business LOA: the capital still owed (future rents and residual value discounted at the contract's rate) less the vehicle's value, plus the fee.</summary>
    Contractual,
    /// <summary>Consumer LOA: Code de la consommation art. D.312-18, residual value + discounted future rents − net sale value.</summary>
    ConsumerCreditD31218,
}

/// <summary>One rent not yet due at the termination date, and what it is worth on that date.</summary>
public sealed record DiscountedRent(DateOnly PeriodStart, int MonthsAhead, decimal RentExcludingVat, decimal DiscountFactor, decimal PresentValue);

/// <summary>
/// A settlement quote for an early termination on <see cref="TerminatedOn"/>: every figure excluding VAT, the discounting
/// method named (annual rate, convention) and each rent's discount shown, so the customer can redo the sum.
/// The indemnity is invoiced with VAT (see <see cref="Indemnity"/>).
/// </summary>
public sealed record SettlementQuote(
    SettlementMethod Method, DateOnly TerminatedOn, DateOnly EndsOn,
    decimal AnnualDiscountRatePercent, string DiscountConvention, string DiscountMethod,
    IReadOnlyList<DiscountedRent> Rents, decimal DiscountedRentsExcludingVat,
    decimal ResidualValueExcludingVat, decimal ResidualValueCountedExcludingVat,
    decimal VehicleValueExcludingVat, decimal FeesExcludingVat, decimal IndemnityExcludingVat, VatAmounts Indemnity,
    decimal UnbilledRentIncludingVat, decimal ArrearsIncludingVat, string Explanation)
{
    public int RentsNotYetDue => Rents.Count;
}
