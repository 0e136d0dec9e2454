using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Domain.Termination;
using Leasing.Contracts.Features.Billing;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Ids;
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Termination;

/// <summary>
/// Ends a running contract early, for any reason: the settlement invoice (the current month's days not billed yet and
/// the indemnity, with VAT) is issued, an insurer's payout for a total loss is recorded as a payment on it, billing stops,
/// the open tasks are closed and the file is closed.
/// </summary>
public static class ContractTermination
{
    public static ContractChange Decide(Contract contract, SettlementContext context, DateOnly on, TerminationReason reason, decimal vehicleValue,
        Guid? claimId, decimal? insurancePayout, string by, DateOnly today, DateTimeOffset now)
    {
        var settlement = SettlementCalculator.Quote(context.Input(contract, on, vehicleValue));
        var lines = context.UnbilledLines(contract, on).ToList();
        if (settlement.IndemnityExcludingVat > 0m)
            lines.Add(new InvoiceLine(InvoiceLineKind.Settlement, settlement.Method == SettlementMethod.ConsumerCreditD31218
                ? "Indemnité de résiliation anticipée (art. D.312-18 du Code de la consommation)"
                : "Indemnité de résiliation anticipée", settlement.Indemnity));
        var total = VatAmounts.Sum(lines.Select(l => l.Amounts));
        var payout = insurancePayout is { } paid ? Math.Min(paid, total.IncludingVat) : 0m;
        Guid? invoiceId = lines.Count > 0 ? TypedIds.NewGuid() : null;
        var balance = total.IncludingVat - payout;

        var change = ContractChange.Append(new EarlyTerminationRecorded(contract.Id, reason, claimId, on, settlement, insurancePayout, balance,
                invoiceId, null, now))
            .Store(context.Cursor with { NextPeriodStart = BillingCursor.Done });
        if (invoiceId is { } id)
            change = change.Issue(context.Account, today, now, new InvoiceDraft(id, InvoiceKind.Settlement, lines,
                ThirdPartyPayment: payout > 0m ? payout : null, PaymentReference: claimId is { } claim ? $"Sinistre {claim:N}"[..20] : null));
        foreach (var task in contract.OpenTasks)
        {
            var resolved = new Domain.Tasks.TaskResolved(task.TaskId, contract.Id, task.Kind, "ContractTerminated", now);
            change = change.With(resolved).Publish(IntegrationMessages.TaskClosed(resolved, by));
        }
        return change.With(new ContractFileClosed(contract.Id, ClosingOutcome.Terminated, on, now))
            .Publish(new Integration.ContractTerminated(contract.Id, contract.Number, contract.QuoteId, contract.LeadId, contract.CompanyId, reason.ToString(),
                claimId, on, contract.Terms.Basis.ToString(), total.In(contract.Terms.Basis), insurancePayout, balance, now),
                IntegrationMessages.Closed(contract, ClosingOutcome.Terminated, on, now));
    }
}
