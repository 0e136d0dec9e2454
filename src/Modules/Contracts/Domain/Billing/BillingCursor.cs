namespace Leasing.Contracts.Domain.Billing;

/// <summary>
/// Where a contract's billing stands: the first day not yet invoiced. Created at delivery, moved forward in the same
/// transaction as the invoices that cover the days before it (one statement per batch of the billing run), and set to
/// <see cref="Done"/> when the contract's last day is billed. The billing run reads only the contracts due by the month's
/// last day, so a second run of a month finds nothing to do.
/// </summary>
public sealed record BillingCursor
{
    public static readonly DateOnly Done = DateOnly.MaxValue;

    public Guid Id { get; init; }
    public DateOnly NextPeriodStart { get; init; }
}
