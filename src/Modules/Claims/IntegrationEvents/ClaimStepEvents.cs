namespace Leasing.Claims.IntegrationEvents;

/// <summary>The claim was triaged. <c>Route</c>: <c>Assistance</c> (towing first), <c>Expertise</c> (straight to the expert) or <c>NoFollowUp</c>.</summary>
public sealed record ClaimTriaged(Guid ClaimId, Guid ContractId, string Route, string Priority, string TriagedBy, DateTimeOffset At);

/// <summary>Towing or roadside assistance was sent: the provider, its reference and when it is expected on site.</summary>
public sealed record AssistanceDispatched(
    Guid ClaimId, Guid ContractId, string Provider, string? Reference, bool Towing, string? TowedTo,
    DateTimeOffset DispatchedAt, DateTimeOffset? ExpectedOnSiteAt, DateTimeOffset At);

/// <summary>A replacement vehicle included in the contract was lent to the driver.</summary>
public sealed record ReplacementVehicleGranted(
    Guid ClaimId, Guid ContractId, string Category, int DaysGranted, int DaysAllowedPerYear, int DaysLeftThisYear,
    DateOnly StartsOn, DateOnly ExpectedReturnOn, string? Provider, DateTimeOffset At);

/// <summary>The replacement vehicle came back; <c>ExcessDays</c> are days beyond those granted (charged to the customer).</summary>
public sealed record ReplacementVehicleReturned(Guid ClaimId, Guid ContractId, DateOnly ReturnedOn, int DaysUsed, int ExcessDays, DateTimeOffset At);

/// <summary>An expert was appointed; <c>WithinSla</c> says whether it was within two working days of the declaration.</summary>
public sealed record ExpertAppointed(
    Guid ClaimId, Guid ContractId, string ExpertFirm, string? ExpertName, DateOnly? InspectionOn,
    DateTimeOffset DueBy, bool WithinSla, DateTimeOffset At);

/// <summary>
/// The expert's report: the repair estimate (the expert's figure), or a total loss with the vehicle's value before the
/// accident. <c>RepairAuthorisationDueBy</c> is the SLA for authorising the repair: one working day after the report.
/// </summary>
public sealed record ExpertReportReceived(
    Guid ClaimId, Guid ContractId, decimal RepairEstimate, bool TotalLoss, decimal? VehicleValue,
    DateTimeOffset RepairAuthorisationDueBy, DateTimeOffset At);

/// <summary>A garage's quote exceeds the expert's figure: a senior claims handler must approve it before the repair starts.</summary>
public sealed record RepairApprovalRequested(
    Guid ClaimId, Guid ContractId, string Garage, decimal QuotedAmount, decimal? ExpertFigure, decimal AmountAboveExpertFigure,
    string RequestedBy, DateTimeOffset At);

/// <summary>The senior claims handler refused the quote above the expert's figure; the garage is to quote again.</summary>
public sealed record RepairApprovalRefused(Guid ClaimId, Guid ContractId, string Garage, decimal QuotedAmount, string? Reason, string RefusedBy, DateTimeOffset At);

/// <summary>The repair was authorised at a garage, directly (within the expert's figure) or after approval.</summary>
public sealed record RepairAuthorised(
    Guid ClaimId, Guid ContractId, string Garage, decimal AuthorisedAmount, bool Approved, string AuthorisedBy,
    DateTimeOffset? DueBy, bool WithinSla, DateTimeOffset At);

/// <summary>The garage finished the repair.</summary>
public sealed record RepairCompleted(Guid ClaimId, Guid ContractId, string Garage, DateOnly CompletedOn, DateTimeOffset At);

/// <summary>The repaired vehicle was handed back to the driver.</summary>
public sealed record VehicleReturnedToDriver(Guid ClaimId, Guid ContractId, DateOnly ReturnedOn, DateTimeOffset At);

/// <summary>The claim was filed with the insurer; <c>LiabilityPercent</c> (0, 50 or 100) comes from the accident report's case.</summary>
public sealed record InsurerClaimFiled(
    Guid ClaimId, Guid ContractId, string Insurer, string InsurerReference, string? AccidentReportCase, int LiabilityPercent, DateTimeOffset At);

/// <summary>
/// The insurer paid. <c>DeductibleCharged</c> is the share of the contract's deductible charged to the customer (in
/// proportion to the driver's liability, or whole for an event without a third party); zero when the contract has none.
/// </summary>
public sealed record InsurerSettled(
    Guid ClaimId, Guid ContractId, decimal Payout, int LiabilityPercent, decimal DeductibleCharged, bool TotalLoss, DateTimeOffset At);

/// <summary>After a total loss, Contracts terminated the contract early with the insurer's payout.</summary>
public sealed record TotalLossContractTerminated(Guid ClaimId, Guid ContractId, DateOnly TerminatedOn, decimal? BalanceDue, DateTimeOffset At);

/// <summary>
/// The claim is closed. <c>Outcome</c>: <c>Repaired</c>, <c>TotalLoss</c> or <c>NoFollowUp</c>; <c>Balance</c> is what
/// the lessor has not recovered (costs minus insurer and customer), written off with a reason when not zero.
/// </summary>
public sealed record ClaimClosed(Guid ClaimId, Guid ContractId, string Outcome, decimal Balance, string ClosedBy, DateTimeOffset At);
