using Leasing.Contracts.Domain.Returns;
using Leasing.Contracts.Domain.Termination;

namespace Leasing.Contracts.Domain;

public enum TerminationReason { CustomerRequest, TotalLoss, Theft, PaymentDefault }

/// <summary>The contract ended early on <c>TerminatedOn</c> with the settlement figures shown to the customer.</summary>
public sealed record EarlyTerminationRecorded(Guid ContractId, TerminationReason Reason, Guid? ClaimId, DateOnly TerminatedOn,
    SettlementQuote Settlement, decimal? InsurancePayout, decimal BalanceDue, Guid? SettlementInvoiceId, Guid? CreditNoteId, DateTimeOffset At);

/// <summary>
/// The vehicle came back and was inspected with both parties: the damage lines priced by the grid, excess kilometres at
/// the contract's price. The final invoice and, for days billed beyond the return, a credit note were issued with it.
/// </summary>
public sealed record ReturnInspected(Guid ContractId, DateOnly ReturnedOn, int OdometerKm, ReturnAssessment Assessment,
    IReadOnlyList<PhotoReference> Photos, string Inspector, string CustomerSignatory, bool CustomerAcknowledged,
    Guid FinalInvoiceId, Guid? CreditNoteId, DateTimeOffset At);

public sealed record ReturnLineContested(Guid ContractId, Guid LineId, string Reason, Guid TaskId, DateTimeOffset At);

/// <summary>A contested line was decided: maintained (charged, on a supplementary invoice if it was held out) or waived (credited if billed).</summary>
public sealed record ContestedLineDecided(Guid ContractId, Guid LineId, bool Maintained, string? Note, Guid? InvoiceId, DateTimeOffset At);

public sealed record VehicleSold(Guid ContractId, DateOnly ExercisedOn, VatAmounts Price, Guid SaleInvoiceId, DateTimeOffset At);
