using Leasing.Kernel.Monetary;

namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// The same car as LLD, LOA and a classic amortising loan at the same rate and term, side by side.
/// The seed claims leasing costs more than a classic loan because the residual value stays financed
/// at the lease rate all along; this puts a figure on it for the customer's car.
/// </summary>
/// <param name="LoaExtraCostPercent">
/// (LOA with option exercised − loan) / loan × 100: both end with the car owned. Unrounded.
/// </param>
/// <param name="LldExtraCostPercent">
/// (LLD − (loan − residual value)) / (loan − residual value) × 100: the borrower owns a car worth the
/// residual value at term, the LLD customer does not, so that value is taken off the loan's cost. Unrounded.
/// </param>
public sealed record FinancingComparison(
    FinancingAlternative Lld,
    FinancingAlternative Loa,
    FinancingAlternative Loan,
    decimal LoaExtraCostPercent,
    decimal LldExtraCostPercent)
{
    /// <summary>
    /// Uses the request's price, first payment, residual value, term, rate, timing and lessor margin;
    /// its product is ignored. The loan finances the full price less the same first payment (paid as a
    /// down payment, so both customers put the same cash on the table at signature), with no residual
    /// value, paid in arrears as loans are.
    /// </summary>
    public static FinancingComparison Of(PricingRequest request)
    {
        PricingEngine.ThrowIfInvalid(request);

        var first = MoneyRounding.ToCent(request.FirstPayment);
        var n = request.TermMonths;
        var rent = MoneyRounding.ToCent(PricingEngine.FinancialRent(request) * request.LessorMarginCoefficient);
        var rentTotal = first + n * rent;
        var residual = MoneyRounding.ToCent(request.ResidualValue);

        var lld = new FinancingAlternative(FinancingKind.Lld, first, rent, n, rentTotal, null, null);
        var loa = new FinancingAlternative(FinancingKind.Loa, first, rent, n, rentTotal, residual, rentTotal + residual);

        var loanPayment = MoneyRounding.ToCent(
            Annuity.Rent(request.CapitalisedValueAfterFirstPayment, 0m, request.MonthlyRate, n, PaymentTiming.Arrears));
        var loanTotal = first + n * loanPayment;
        var loan = new FinancingAlternative(FinancingKind.Loan, first, loanPayment, n, loanTotal, null, loanTotal);

        var loanNetOfCarValue = loanTotal - residual;
        return new FinancingComparison(
            lld, loa, loan,
            LoaExtraCostPercent: (loa.TotalCostToOwn!.Value - loanTotal) / loanTotal * 100m,
            LldExtraCostPercent: loanNetOfCarValue > 0m ? (lld.TotalPayments - loanNetOfCarValue) / loanNetOfCarValue * 100m : 0m);
    }
}
