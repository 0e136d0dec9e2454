using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Domain.Termination;
using Leasing.Contracts.Features.Shared;
using Marten;

namespace Leasing.Contracts.Features.Termination;

/// <summary>Everything a settlement on a date needs besides the contract: where billing stands, what is unpaid, the rates and fees in force.</summary>
public sealed record SettlementContext(BillingAccount Account, BillingCursor Cursor, decimal ArrearsIncludingVat, ContractSettings Settings)
{
    public static async Task<SettlementContext?> LoadAsync(IQuerySession session, Guid contractId, CancellationToken cancellation)
    {
        var account = await session.LoadAsync<BillingAccount>(contractId, cancellation);
        var cursor = await session.LoadAsync<BillingCursor>(contractId, cancellation);
        if (account is null || cursor is null) return null;
        var unpaid = await session.Query<Invoice>()
            .Where(i => i.ContractId == contractId && (i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.PartiallyPaid))
            .ToListAsync(cancellation);
        return new SettlementContext(account, cursor, unpaid.Sum(i => i.Balance), await SettingsStore.LoadAsync(session, cancellation));
    }

    /// <summary>The month the termination falls in stays due: the rent lines for its days not invoiced yet.</summary>
    public IReadOnlyList<InvoiceLine> UnbilledLines(Contract contract, DateOnly terminatedOn)
    {
        var current = BillingPeriod.Containing(terminatedOn, contract.StartsOn!.Value, contract.EndsOn!.Value);
        return Cursor.NextPeriodStart > current.End ? [] : RentInvoicing.RemainingDays(Account, Cursor.NextPeriodStart, current.End);
    }

    public SettlementInput Input(Contract contract, DateOnly terminatedOn, decimal vehicleValueExcludingVat) => new(
        contract.Terms, contract.Figures, contract.EndsOn!.Value, terminatedOn, vehicleValueExcludingVat,
        contract.SignedOn is { } signed ? Settings.ReferenceRates.D31218RateFor(signed) : null,
        Settings.Fees.EarlyTerminationFeeExcludingVat,
        VatAmounts.Sum(UnbilledLines(contract, terminatedOn).Select(l => l.Amounts)).IncludingVat, ArrearsIncludingVat);
}
