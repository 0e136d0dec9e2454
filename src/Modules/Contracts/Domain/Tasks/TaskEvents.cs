namespace Leasing.Contracts.Domain.Tasks;

public enum TaskKind
{
    /// <summary>The financing body decides the file (BackOffice with the Credit permission).</summary>
    FinancingDecision,
    /// <summary>Call or write to the customer about an unpaid invoice (each dunning step).</summary>
    Dunning,
    /// <summary>The projected mileage deviates by more than 15 %: propose the amendment (account manager).</summary>
    MileageAlert,
    /// <summary>The same alert for the business customer's fleet manager (read-only for them; closes with the proposal).</summary>
    FleetMileageAlert,
    /// <summary>Six months before the end: ask the customer whether they return, buy (LOA) or renew.</summary>
    EndOfTermChoice,
    /// <summary>A return line the customer contests waits for a decision.</summary>
    ContestedLine,
}

/// <summary>
/// A task for people on a contract, appended to the stream it is about (the contract's, or an invoice's for dunning).
/// <c>Role</c> is who acts; <c>Permission</c> what they also need; <c>CompanyId</c> lets a fleet manager see their own.
/// </summary>
public sealed record TaskRaised(Guid TaskId, Guid ContractId, string ContractNumber, TaskKind Kind, string Role, string? Permission,
    string Title, DateOnly? DueOn, string? CompanyId, Guid StreamId, DateTimeOffset At);

public sealed record TaskResolved(Guid TaskId, Guid ContractId, TaskKind Kind, string Outcome, DateTimeOffset At);
