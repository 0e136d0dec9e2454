namespace Leasing.Offers.Domain.Pricing;

public enum FinancingKind
{
    Lld,
    Loa,
    Loan,
}

/// <summary>
/// One way of financing the car, financial cost only (included services are left out: a loan has
/// none, and they would hide the cost of money being compared).
/// </summary>
/// <param name="TotalPayments">First payment + n monthly payments.</param>
/// <param name="PurchaseOptionPrice">LOA's buy-out price; null when there is none to pay (LLD returns the car, the loan already owns it).</param>
/// <param name="TotalCostToOwn">What it costs to end up owning the car; null for LLD, which never does.</param>
public sealed record FinancingAlternative(
    FinancingKind Kind,
    decimal FirstPayment,
    decimal MonthlyPayment,
    int TermMonths,
    decimal TotalPayments,
    decimal? PurchaseOptionPrice,
    decimal? TotalCostToOwn);
