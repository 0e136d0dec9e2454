namespace Leasing.Contracts.IntegrationEvents;

// The only types other modules may use from Contracts (with the other files of this folder). Flat and self-contained
// on purpose: a workflow, the Claims module or Loyalty acts on one of these messages alone, without reading Contracts'
// data. Every message carries the contract id, the quote id and the lead id (when the offer came from a lead), and the
// instant it happened. Enumerations travel as their names (e.g. Product "LLD" or "LOA", CustomerType "Individual" or
// "Business"); amounts are euros rounded to the cent, and say whether they are excluding or including VAT.

/// <summary>An accepted offer opened a contract file; its financing file is now studied (documents, scoring, decision).</summary>
public sealed record ContractFileOpened(
    Guid ContractId, string ContractNumber, Guid QuoteId, string QuoteNumber, Guid? LeadId,
    string Product, string CustomerType, string CustomerName, string? CompanyId,
    string VehicleMake, string VehicleModel, int TermMonths, int AnnualMileageKm,
    decimal MonthlyTotalExcludingVat, decimal MonthlyTotalIncludingVat,
    DateTimeOffset OpenedAt);

/// <summary>
/// The financing body decided on the file. <c>Decision</c> is <c>Approved</c>, <c>ApprovedWithConditions</c> or
/// <c>Refused</c>; <c>ProposedDecision</c> is what the scoring rules proposed (a credit officer may depart from it, with
/// a reason). Conditions: a higher first payment (<c>RequiredFirstPayment</c>, in the quote's basis) and/or a guarantor.
/// A refused file is then closed (<see cref="ContractClosed"/> with outcome <c>Refused</c>).
/// </summary>
public sealed record FinancingDecided(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId,
    string Decision, string ProposedDecision, int Score,
    decimal? RequiredFirstPayment, bool GuarantorRequired, string? Reason,
    string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>
/// The customer signed the contract (the PDF generated from the accepted offer). <c>SignatureChannel</c> is
/// <c>InPerson</c> or <c>Distance</c>. A consumer LOA, or a consumer LLD signed at a distance, has a 14-day withdrawal
/// period ending on <c>WithdrawalEndsOn</c> (inclusive); the vehicle is ordered only after it.
/// </summary>
public sealed record ContractSigned(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId,
    string Product, string CustomerType, string CustomerName, string? CompanyId,
    string SignerName, string SignatureChannel, DateOnly SignedOn,
    bool WithdrawalPeriodApplies, DateOnly? WithdrawalEndsOn, string DocumentSha256,
    DateTimeOffset SignedAt);

/// <summary>The withdrawal period ran out without a withdrawal: the contract is firm and the vehicle can be ordered.</summary>
public sealed record WithdrawalPeriodEnded(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId, DateOnly EndedOn, DateTimeOffset At);

/// <summary>The customer withdrew within the period: the contract is cancelled, nothing was billed.</summary>
public sealed record ContractWithdrawn(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId,
    DateOnly SignedOn, DateOnly WithdrawnOn, string? Reason, DateTimeOffset WithdrawnAt);
