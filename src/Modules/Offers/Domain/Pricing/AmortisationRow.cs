namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// One month of the financing. With rents in advance the payment is made at the start of the month,
/// so interest runs on (opening − payment); in arrears it runs on the opening balance.
/// </summary>
public sealed record AmortisationRow(
    int Month,
    decimal OpeningBalance,
    decimal Payment,
    decimal Interest,
    decimal Principal,
    decimal ClosingBalance);
