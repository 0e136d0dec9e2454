using Leasing.Contracts.Domain.Financing;

namespace Leasing.Contracts.Domain;

// The events of a contract's stream, from the accepted offer to the signature. Each carries the contract id and the
// instant; who did it is the event's user (Marten metadata, from the signed-in user or "system:…").

public sealed record ContractOpened(
    Guid ContractId, string Number, Guid QuoteId, string QuoteNumber, Guid? LeadId, ContractCustomer Customer, ContractVehicle Vehicle,
    ContractTerms Terms, RentFigures Figures, decimal AmountFinanced, DateOnly? OfferHeldUntil, ServicePackage Services, string? AccountManager,
    DateTimeOffset At);

public sealed record FinancingDocumentReceived(Guid ContractId, DocumentKind Kind, string Reference, string? Note, DateTimeOffset At);

public sealed record FinancingDocumentRejected(Guid ContractId, DocumentKind Kind, string Reason, DateTimeOffset At);

public sealed record ApplicantFinancesRecorded(Guid ContractId, ApplicantFinances Finances, DateTimeOffset At);

/// <summary>The rule set proposed a decision; every rule that matched is kept, so the proposal can be explained later.</summary>
public sealed record FinancingFileScored(Guid ContractId, CreditScore Score, DateTimeOffset At);

public enum CreditDecision { Approved, ApprovedWithConditions, Refused }

/// <summary>The financing body's decision (a credit officer); a reason is required when it departs from the proposal.</summary>
public sealed record CreditDecisionRecorded(Guid ContractId, CreditDecision Decision, FinancingProposal Proposal, int Score,
    decimal? RequiredFirstPayment, bool GuarantorRequired, string? Reason, DateTimeOffset At);

/// <summary>The conditions were met: the guarantor's commitment is on file and/or the higher first payment re-priced the rents.</summary>
public sealed record FinancingConditionsMet(Guid ContractId, string? GuarantorName, ContractTerms Terms, RentFigures Figures, DateTimeOffset At);

public sealed record IncludedServicesDefined(Guid ContractId, ServicePackage Services, DateTimeOffset At);

public sealed record BillingDetailsRecorded(Guid ContractId, BillingDetails Details, DateTimeOffset At);

/// <summary>
/// The customer signed the contract document generated from the accepted offer (its SHA-256 is kept: the file stored is
/// the file signed). <c>WithdrawalEndsOn</c> is the last day to withdraw, null when there is no withdrawal period.
/// </summary>
public sealed record ContractSignatureRecorded(Guid ContractId, string SignerName, SignatureChannel Channel, DateOnly SignedOn,
    DateOnly? WithdrawalEndsOn, string DocumentSha256, DateTimeOffset At);

public sealed record WithdrawalPeriodExpired(Guid ContractId, DateOnly EndedOn, DateTimeOffset At);

public sealed record ContractWithdrawalRecorded(Guid ContractId, DateOnly WithdrawnOn, string? Reason, DateTimeOffset At);

public sealed record ContractFileClosed(Guid ContractId, ClosingOutcome Outcome, DateOnly ClosedOn, DateTimeOffset At);
