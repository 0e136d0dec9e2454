namespace Leasing.Contracts.IntegrationEvents;

/// <summary>
/// The projected end-of-term mileage deviates from the contract's allowance by more than 15 % (either way). The account
/// manager and the fleet manager (business customers) are alerted, with an amendment proposal re-priced by the Offers
/// engine: <c>ProposalId</c> identifies it; accepting it gives <see cref="ContractAmended"/>.
/// </summary>
public sealed record MileageDeviationDetected(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId, string? CompanyId, string? AccountManager,
    int ContractMileageKm, int ProjectedMileageKm, decimal DeviationPercent, int OdometerKm, DateOnly ReadOn,
    Guid ProposalId, int ProposedAnnualMileageKm, int ProposedTermMonths,
    decimal CurrentMonthlyTotalExcludingVat, decimal ProposedMonthlyTotalExcludingVat,
    decimal CurrentMonthlyTotalIncludingVat, decimal ProposedMonthlyTotalIncludingVat,
    DateTimeOffset DetectedAt);

/// <summary>An amendment (avenant) changed the mileage and/or the term; invoices from <c>EffectiveFrom</c> carry the new rent.</summary>
public sealed record ContractAmended(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId, string? CompanyId,
    Guid ProposalId, int AmendmentNumber, int AnnualMileageKm, int TermMonths, int ContractMileageKm, DateOnly EndsOn,
    decimal MonthlyRentExcludingVat, decimal MonthlyServicesExcludingVat, decimal MonthlyTotalExcludingVat,
    decimal MonthlyTotalIncludingVat, DateOnly EffectiveFrom,
    string AmendedBy, DateTimeOffset AmendedAt);

/// <summary>
/// An unpaid invoice reached a dunning step: <c>FirstReminder</c> (+5 days after its due date), <c>SecondReminder</c>
/// (+15) or <c>FormalNotice</c> (mise en demeure, +30). A task is opened for the account manager at each step.
/// </summary>
public sealed record DunningStepReached(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId, string? CompanyId,
    Guid InvoiceId, string InvoiceNumber, string Step, int DaysOverdue, DateOnly DueOn, decimal AmountDueIncludingVat,
    Guid TaskId, DateTimeOffset At);

/// <summary>
/// A task for people was opened on a contract (financing decision, dunning call, end-of-term choice, return inspection,
/// contested line). <c>Role</c> is the role expected to act; <c>Permission</c> a permission it also needs (e.g.
/// <c>Credit</c> for a financing decision), or null.
/// </summary>
public sealed record ContractTaskOpened(
    Guid TaskId, Guid ContractId, string ContractNumber, string Kind, string Role, string? Permission, string Title,
    DateOnly? DueOn, DateTimeOffset OpenedAt);

/// <summary>A contract task was done (or became pointless: the situation moved on); <c>Outcome</c> says which.</summary>
public sealed record ContractTaskClosed(
    Guid TaskId, Guid ContractId, string Kind, string Outcome, string ClosedBy, DateTimeOffset ClosedAt);
