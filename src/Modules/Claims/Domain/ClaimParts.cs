namespace Leasing.Claims.Domain;

// The parts of a claim, each filled in by one step. Amounts are euros excluding VAT.

/// <summary>The vehicle and contract as Contracts described them at delivery, copied onto the claim when it is declared.</summary>
public sealed record InsuredVehicleSnapshot(
    Guid ContractId, string ContractNumber, string CustomerName, string CustomerType, string? CompanyId,
    string Registration, string? Vin, string Make, string Model, DateOnly DeliveredOn, DateOnly EndsOn);

public sealed record DriverContact(string Name, string? Phone, string? Email);

/// <summary>What the contract includes that matters to a claim.</summary>
public sealed record ClaimCoverage(
    bool ReplacementVehicleIncluded, string? ReplacementVehicleCategory, int ReplacementVehicleDaysAllowedPerYear,
    bool InsuranceIncluded, string? InsuranceCover, decimal? Deductible, bool AssistanceIncluded);

/// <summary>Another party to the accident, as written on the accident report (constat amiable).</summary>
public sealed record OtherParty(string Name, string? Registration, string? Insurer, string? PolicyNumber, string? Phone);

public sealed record Incident(
    ClaimKind Kind, DateTimeOffset OccurredAt, string Place, string Circumstances, bool Drivable, bool Injuries,
    string? InjuryDetails, string? PoliceReportReference, IReadOnlyList<OtherParty> OtherParties);

public sealed record AttachmentInfo(Guid Id, AttachmentKind Kind, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset At);

public sealed record TriageInfo(TriageRoute Route, ClaimPriority Priority, string? Notes, DateTimeOffset At);

public sealed record AssistanceInfo(string Provider, string? Reference, bool Towing, string? TowedTo, DateTimeOffset DispatchedAt,
    DateTimeOffset? ExpectedOnSiteAt);

public sealed record ReplacementVehicleLoan(string Category, int DaysGranted, DateOnly StartsOn, DateOnly ExpectedReturnOn, string? Provider,
    DateOnly? ReturnedOn = null, int? DaysUsed = null, int? ExcessDays = null)
{
    public bool IsOut => ReturnedOn is null;
}

public sealed record ExpertMission(string Firm, string? ExpertName, DateOnly? InspectionOn, DateTimeOffset AppointedAt, bool WithinSla);

public sealed record ExpertReport(decimal RepairEstimate, bool TotalLoss, decimal? VehicleValue, DateTimeOffset ReceivedAt, DateTimeOffset AuthorisationDueBy);

public sealed record RepairWork(string Garage, decimal QuotedAmount, RepairApproval Approval, decimal? AuthorisedAmount, DateTimeOffset? AuthorisedAt,
    bool? AuthorisedWithinSla = null, string? ApprovalNote = null, DateOnly? CompletedOn = null, DateOnly? ReturnedToDriverOn = null);

public sealed record ClaimInvoice(Guid Id, InvoiceKind Kind, string Supplier, string Number, decimal Amount, DateTimeOffset At);

public sealed record InsurerFile(string Insurer, string Reference, string? AccidentReportCase, string? DriverRole, int LiabilityPercent,
    int DeductiblePercent, DateTimeOffset FiledAt, decimal? Payout = null, decimal? DeductibleCharged = null, DateTimeOffset? SettledAt = null)
{
    public bool Settled => SettledAt is not null;
}

public sealed record ClaimNote(string Text, string? By, DateTimeOffset At);

/// <summary>A request a workflow sent that did not apply any more (e.g. closing a claim with an open balance): kept on the timeline.</summary>
public sealed record RefusedRequest(string Request, string Reason, DateTimeOffset At);
