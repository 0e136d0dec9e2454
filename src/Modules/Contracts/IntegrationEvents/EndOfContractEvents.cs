namespace Leasing.Contracts.IntegrationEvents;

/// <summary>
/// Six months before the contract's end: the customer is to be asked whether they return the vehicle, buy it (LOA only)
/// or renew; <c>Choices</c> lists what is open to them and <c>TaskId</c> is the task opened for the account manager.
/// </summary>
public sealed record EndOfTermApproaching(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId,
    string Product, string CustomerType, string CustomerName, string? CompanyId,
    string Registration, string Make, string Model, DateOnly EndsOn, int? LastOdometerKm, int ContractMileageKm,
    decimal? PurchaseOptionPriceIncludingVat, string[] Choices, Guid TaskId,
    DateTimeOffset At);

/// <summary>
/// The contract ended before its term. <c>Reason</c>: <c>CustomerRequest</c>, <c>TotalLoss</c>, <c>Theft</c> or
/// <c>PaymentDefault</c>; <c>ClaimId</c> is the claim behind a total loss or theft. <c>SettlementAmount</c> is what the
/// settlement asks for (excluding VAT for a business, including it for an individual, as <c>AmountBasis</c> says),
/// <c>InsurancePayout</c> what the insurer pays toward it, <c>BalanceDue</c> what is left for the customer.
/// </summary>
public sealed record ContractTerminated(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId, string? CompanyId,
    string Reason, Guid? ClaimId, DateOnly TerminatedOn,
    string AmountBasis, decimal SettlementAmount, decimal? InsurancePayout, decimal BalanceDue,
    DateTimeOffset TerminatedAt);

/// <summary>The vehicle came back and was inspected; charges are excluding VAT; contested lines wait for a decision.</summary>
public sealed record VehicleReturned(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId, string? CompanyId,
    string Registration, DateOnly ReturnedOn, int OdometerKm, int ContractMileageKm, int ExcessKm,
    decimal ExcessKmChargeExcludingVat, decimal DamageChargeExcludingVat, int ContestedLines,
    DateTimeOffset ReturnedAt);

/// <summary>The LOA customer bought the vehicle at the purchase-option price; a sale invoice was issued.</summary>
public sealed record PurchaseOptionExercised(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId,
    string CustomerName, string Registration, string? Vin, DateOnly ExercisedOn,
    decimal PriceExcludingVat, decimal PriceIncludingVat, string SaleInvoiceNumber,
    DateTimeOffset ExercisedAt);

/// <summary>
/// The contract file is closed for good. <c>Outcome</c>: <c>Returned</c>, <c>Purchased</c>, <c>Terminated</c>,
/// <c>Withdrawn</c> or <c>Refused</c> (financing refused before signature).
/// </summary>
public sealed record ContractClosed(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId, string? CompanyId,
    string Outcome, DateOnly ClosedOn, DateTimeOffset ClosedAt);
