using JasperFx.Events;

namespace Leasing.Claims.Domain;

/// <summary>
/// A claim, rebuilt from its stream and kept as an inline snapshot for lists, the claim page and the dashboards.
/// Immutable: each event gives a new state. The list fields (number, contract, company, registration, stage, dates) are
/// duplicated into columns so lists filter and sort in the database.
/// </summary>
public sealed record Claim
{
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public int Version { get; init; }
    public InsuredVehicleSnapshot Vehicle { get; init; } = null!;
    public Guid ContractId { get; init; }
    public string? CompanyId { get; init; }
    public string Registration { get; init; } = "";
    public DriverContact Driver { get; init; } = null!;
    public ClaimCoverage Coverage { get; init; } = null!;
    public Incident Incident { get; init; } = null!;
    public DeclarationChannel Channel { get; init; }
    public string? DeclaredBy { get; init; }
    public DateTimeOffset DeclaredAt { get; init; }
    public DateTimeOffset ExpertAppointmentDueBy { get; init; }
    public string TrackingCodeHash { get; init; } = "";

    public IReadOnlyList<AttachmentInfo> Attachments { get; init; } = [];
    public TriageInfo? Triage { get; init; }
    public AssistanceInfo? Assistance { get; init; }
    public ReplacementVehicleLoan? Replacement { get; init; }
    public ExpertMission? Expert { get; init; }
    public ExpertReport? Report { get; init; }
    public RepairWork? Repair { get; init; }
    public IReadOnlyList<ClaimInvoice> Invoices { get; init; } = [];
    public InsurerFile? Insurer { get; init; }
    public DateTimeOffset? TerminationRequestedAt { get; init; }
    public DateOnly? ContractTerminatedOn { get; init; }
    public IReadOnlyList<ClaimNote> Notes { get; init; } = [];
    public IReadOnlyList<RefusedRequest> RefusedRequests { get; init; } = [];
    public DateTimeOffset? ClosedAt { get; init; }
    public ClaimOutcome? Outcome { get; init; }
    public string? WriteOffReason { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsOpen => ClosedAt is null;

    public bool IsTotalLoss => Report?.TotalLoss == true;

    /// <summary>Duplicated in a column for lists and dashboards.</summary>
    public ClaimStage Stage => ClosedAt is not null ? ClaimStage.Closed
        : ContractTerminatedOn is not null ? ClaimStage.ContractTerminated
        : IsTotalLoss ? ClaimStage.TotalLoss
        : Repair?.ReturnedToDriverOn is not null ? ClaimStage.VehicleReturned
        : Repair?.CompletedOn is not null ? ClaimStage.Repaired
        : Repair?.AuthorisedAmount is not null ? ClaimStage.RepairAuthorised
        : Repair?.Approval == RepairApproval.Requested ? ClaimStage.AwaitingRepairApproval
        : Report is not null ? ClaimStage.ExpertReportReceived
        : Expert is not null ? ClaimStage.ExpertAppointed
        : Assistance is not null ? ClaimStage.AssistanceDispatched
        : Triage is not null ? ClaimStage.Triaged
        : ClaimStage.Declared;

    public ClaimLedger Ledger => ClaimLedger.Of(this);

    public static Claim Create(IEvent<ClaimOpened> opened)
    {
        var e = opened.Data;
        return new Claim
        {
            Id = e.ClaimId, Number = e.Number, Vehicle = e.Vehicle, ContractId = e.Vehicle.ContractId, CompanyId = e.Vehicle.CompanyId,
            Registration = e.Vehicle.Registration, Driver = e.Driver, Coverage = e.Coverage, Incident = e.Incident, Channel = e.Channel,
            DeclaredBy = opened.UserName, DeclaredAt = e.At, ExpertAppointmentDueBy = e.ExpertAppointmentDueBy, TrackingCodeHash = e.TrackingCodeHash,
            UpdatedAt = e.At,
        };
    }

    public Claim Apply(AttachmentAdded e) => this with { Attachments = [.. Attachments, e.Attachment], UpdatedAt = e.Attachment.At };

    public Claim Apply(ClaimTriageRecorded e) => this with { Triage = new TriageInfo(e.Route, e.Priority, e.Notes, e.At), UpdatedAt = e.At };

    public Claim Apply(AssistanceSent e) => this with { Assistance = e.Assistance, UpdatedAt = e.At };

    public Claim Apply(ReplacementVehicleLent e) =>
        this with { Replacement = new ReplacementVehicleLoan(e.Category, e.DaysGranted, e.StartsOn, e.ExpectedReturnOn, e.Provider), UpdatedAt = e.At };

    public Claim Apply(ReplacementVehicleBack e) =>
        this with { Replacement = Replacement! with { ReturnedOn = e.ReturnedOn, DaysUsed = e.DaysUsed, ExcessDays = e.ExcessDays }, UpdatedAt = e.At };

    public Claim Apply(ExpertMissioned e) => this with { Expert = new ExpertMission(e.Firm, e.ExpertName, e.InspectionOn, e.At, e.WithinSla), UpdatedAt = e.At };

    public Claim Apply(ExpertReportRecorded e) =>
        this with { Report = new ExpertReport(e.RepairEstimate, e.TotalLoss, e.VehicleValue, e.At, e.AuthorisationDueBy), UpdatedAt = e.At };

    public Claim Apply(RepairApprovalAsked e) =>
        this with { Repair = new RepairWork(e.Garage, e.QuotedAmount, RepairApproval.Requested, null, null), UpdatedAt = e.At };

    public Claim Apply(RepairApprovalDeclined e) =>
        this with { Repair = Repair! with { Approval = RepairApproval.Refused, ApprovalNote = e.Reason }, UpdatedAt = e.At };

    public Claim Apply(RepairAuthorisationGiven e) => this with
    {
        Repair = new RepairWork(e.Garage, Repair?.QuotedAmount ?? e.AuthorisedAmount, e.Approved ? RepairApproval.Approved : RepairApproval.NotNeeded,
            e.AuthorisedAmount, e.At, e.WithinSla, e.Note ?? Repair?.ApprovalNote),
        UpdatedAt = e.At,
    };

    public Claim Apply(RepairFinished e) => this with { Repair = Repair! with { CompletedOn = e.CompletedOn }, UpdatedAt = e.At };

    public Claim Apply(VehicleHandedBack e) => this with { Repair = Repair! with { ReturnedToDriverOn = e.ReturnedOn }, UpdatedAt = e.At };

    public Claim Apply(InvoiceReceived e) => this with { Invoices = [.. Invoices, e.Invoice], UpdatedAt = e.Invoice.At };

    public Claim Apply(InsurerClaimLodged e) => this with
    {
        Insurer = new InsurerFile(e.Insurer, e.Reference, e.AccidentReportCase, e.DriverRole, e.LiabilityPercent, e.DeductiblePercent, e.At),
        UpdatedAt = e.At,
    };

    public Claim Apply(InsurerPaid e) => this with
    {
        Insurer = Insurer! with { Payout = e.Payout, LiabilityPercent = e.LiabilityPercent, DeductibleCharged = e.DeductibleCharged, SettledAt = e.At },
        UpdatedAt = e.At,
    };

    public Claim Apply(ContractTerminationRequested e) => this with { TerminationRequestedAt = e.At, UpdatedAt = e.At };

    public Claim Apply(ContractTerminatedAfterLoss e) => this with { ContractTerminatedOn = e.TerminatedOn, UpdatedAt = e.At };

    public Claim Apply(IEvent<ClaimNoteAdded> e) => this with { Notes = [.. Notes, new ClaimNote(e.Data.Text, e.UserName, e.Data.At)], UpdatedAt = e.Data.At };

    public Claim Apply(ClaimRequestRefused e) => this with { RefusedRequests = [.. RefusedRequests, new RefusedRequest(e.Request, e.Reason, e.At)], UpdatedAt = e.At };

    public Claim Apply(ClaimFinalised e) => this with { ClosedAt = e.At, Outcome = e.Outcome, WriteOffReason = e.WriteOffReason, UpdatedAt = e.At };
}
