namespace Leasing.Contracts.Domain.Billing;

/// <summary>
/// The last number issued in a series for a year (FA-2026, AV-2026). Numbers are gapless: the counter is saved in the
/// transaction of the invoices it numbers, under optimistic concurrency, so a number exists only if its invoice does,
/// and two transactions can never take the same one (the second fails and is retried).
/// </summary>
public sealed record InvoiceCounter
{
    public string Id { get; init; } = "";
    public long Last { get; init; }
}
