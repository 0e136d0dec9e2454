namespace Leasing.Claims.Domain;

// The events of a claim's stream. Who did it is the event's user (Marten metadata); when is in each event, from the
// injected clock. Amounts are euros excluding VAT, rounded to the cent.

/// <summary>The tracking code is kept hashed: the driver follows the claim with it, nobody can read it back.</summary>
public sealed record ClaimOpened(
    Guid ClaimId, string Number, InsuredVehicleSnapshot Vehicle, DriverContact Driver, ClaimCoverage Coverage, Incident Incident,
    DeclarationChannel Channel, DateTimeOffset ExpertAppointmentDueBy, string TrackingCodeHash, DateTimeOffset At);

public sealed record AttachmentAdded(Guid ClaimId, AttachmentInfo Attachment);

public sealed record ClaimTriageRecorded(Guid ClaimId, TriageRoute Route, ClaimPriority Priority, string? Notes, DateTimeOffset At);

public sealed record AssistanceSent(Guid ClaimId, AssistanceInfo Assistance, DateTimeOffset At);

public sealed record ReplacementVehicleLent(Guid ClaimId, string Category, int DaysGranted, DateOnly StartsOn, DateOnly ExpectedReturnOn,
    string? Provider, DateTimeOffset At);

public sealed record ReplacementVehicleBack(Guid ClaimId, DateOnly ReturnedOn, int DaysUsed, int ExcessDays, DateTimeOffset At);

public sealed record ExpertMissioned(Guid ClaimId, string Firm, string? ExpertName, DateOnly? InspectionOn, bool WithinSla, DateTimeOffset At);

public sealed record ExpertReportRecorded(Guid ClaimId, decimal RepairEstimate, bool TotalLoss, decimal? VehicleValue,
    DateTimeOffset AuthorisationDueBy, DateTimeOffset At);

/// <summary>A garage quote above the expert's figure (or without one): it waits for a senior claims handler's decision.</summary>
public sealed record RepairApprovalAsked(Guid ClaimId, string Garage, decimal QuotedAmount, DateTimeOffset At);

public sealed record RepairApprovalDeclined(Guid ClaimId, string Garage, decimal QuotedAmount, string? Reason, DateTimeOffset At);

public sealed record RepairAuthorisationGiven(Guid ClaimId, string Garage, decimal AuthorisedAmount, bool Approved, string? Note, bool WithinSla,
    DateTimeOffset At);

public sealed record RepairFinished(Guid ClaimId, DateOnly CompletedOn, DateTimeOffset At);

public sealed record VehicleHandedBack(Guid ClaimId, DateOnly ReturnedOn, DateTimeOffset At);

public sealed record InvoiceReceived(Guid ClaimId, ClaimInvoice Invoice);

public sealed record InsurerClaimLodged(Guid ClaimId, string Insurer, string Reference, string? AccidentReportCase, string? DriverRole,
    int LiabilityPercent, int DeductiblePercent, DateTimeOffset At);

public sealed record InsurerPaid(Guid ClaimId, decimal Payout, int LiabilityPercent, decimal DeductibleCharged, DateTimeOffset At);

/// <summary>Claims asked Contracts to end the contract early (total loss or theft) with the insurer's payout.</summary>
public sealed record ContractTerminationRequested(Guid ClaimId, Guid ContractId, decimal InsurancePayout, DateOnly LossOn, string Reason, DateTimeOffset At);

public sealed record ContractTerminatedAfterLoss(Guid ClaimId, DateOnly TerminatedOn, decimal? BalanceDue, DateTimeOffset At);

public sealed record ClaimNoteAdded(Guid ClaimId, string Text, DateTimeOffset At);

public sealed record ClaimRequestRefused(Guid ClaimId, string Request, string Reason, DateTimeOffset At);

public sealed record ClaimFinalised(Guid ClaimId, ClaimOutcome Outcome, decimal Balance, string? WriteOffReason, DateTimeOffset At);
