namespace Leasing.Contracts.Domain.Billing;

public enum BillingRunStatus { Running, Completed }

/// <summary>A contract the run did not invoice, and why (never an invoice from incomplete data).</summary>
public sealed record HeldBackContract(Guid ContractId, string ContractNumber, string CustomerName, IReadOnlyList<string> Reasons);

public sealed record BillingRunStarted(Guid RunId, string Month, int Attempt, int ContractsDue, DateOnly IssuedOn, DateTimeOffset At);

/// <summary>One batch of the run committed: its invoices and the cursors they moved are in the same transaction.</summary>
public sealed record BillingBatchCompleted(Guid RunId, int Attempt, int Processed, int Issued, decimal TotalExcludingVat, decimal TotalIncludingVat,
    IReadOnlyList<HeldBackContract> HeldBack, Guid LastContractId, DateTimeOffset At);

public sealed record BillingRunCompleted(Guid RunId, int Attempt, DateTimeOffset At);

public sealed record BillingRunAttempt(int Attempt, string? StartedBy, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, int Issued, int HeldBack);

/// <summary>
/// The monthly billing run of a month (one stream per month, its id derived from the month): each start is an attempt;
/// progress and the held-back list of the current attempt are kept for the admin's progress bar.
/// </summary>
public sealed record BillingRun
{
    public Guid Id { get; init; }
    public string Month { get; init; } = "";
    public int Attempt { get; init; }
    public BillingRunStatus Status { get; init; }
    public DateOnly IssuedOn { get; init; }
    public int ContractsDue { get; init; }
    public int Processed { get; init; }
    public int Issued { get; init; }
    public decimal TotalExcludingVat { get; init; }
    public decimal TotalIncludingVat { get; init; }
    public IReadOnlyList<HeldBackContract> HeldBack { get; init; } = [];
    public IReadOnlyList<BillingRunAttempt> Attempts { get; init; } = [];
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public int Version { get; init; }

    public int PercentDone => ContractsDue == 0 ? (Status == BillingRunStatus.Completed ? 100 : 0) : Math.Min(100, Processed * 100 / ContractsDue);

    public static BillingRun Create(JasperFx.Events.IEvent<BillingRunStarted> started) => new BillingRun { Id = started.Data.RunId, Month = started.Data.Month }
        .Start(started.Data, started.UserName);

    public BillingRun Apply(JasperFx.Events.IEvent<BillingRunStarted> started) => Start(started.Data, started.UserName);

    public BillingRun Apply(BillingBatchCompleted e) => e.Attempt != Attempt ? this : this with
    {
        Processed = Processed + e.Processed, Issued = Issued + e.Issued, TotalExcludingVat = TotalExcludingVat + e.TotalExcludingVat,
        TotalIncludingVat = TotalIncludingVat + e.TotalIncludingVat, HeldBack = [.. HeldBack, .. e.HeldBack],
    };

    public BillingRun Apply(BillingRunCompleted e) => e.Attempt != Attempt ? this : this with
    {
        Status = BillingRunStatus.Completed, CompletedAt = e.At,
        Attempts = Attempts.Select(a => a.Attempt == e.Attempt ? a with { CompletedAt = e.At, Issued = Issued, HeldBack = HeldBack.Count } : a).ToList(),
    };

    private BillingRun Start(BillingRunStarted e, string? by) => this with
    {
        Attempt = e.Attempt, Status = BillingRunStatus.Running, IssuedOn = e.IssuedOn, ContractsDue = e.ContractsDue, Processed = 0, Issued = 0,
        TotalExcludingVat = 0m, TotalIncludingVat = 0m, HeldBack = [], StartedAt = e.At, CompletedAt = null,
        Attempts = [.. Attempts, new BillingRunAttempt(e.Attempt, by, e.At, null, 0, 0)],
    };
}
