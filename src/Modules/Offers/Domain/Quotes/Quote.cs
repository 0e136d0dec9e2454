using JasperFx.Events;
using Leasing.Offers.Domain.Pricing;

namespace Leasing.Offers.Domain.Quotes;

public enum QuoteStatus { Draft, AwaitingApproval, Sent, Accepted, Declined, Expired, Superseded }

public enum ApprovalState { NotNeeded, Requested, Approved, Rejected }

public sealed record QuoteRound(int Number, QuoteTerms Terms, PricingOutcome Outcome, DateTimeOffset PricedAt, string? PricedBy,
    ApprovalState Approval = ApprovalState.NotNeeded, string? ApprovalNote = null, string[]? LimitsExceeded = null);

/// <summary>
/// A quote and its negotiation rounds, rebuilt from its stream (and kept as an inline snapshot for lists).
/// The list fields (customer name, product, monthly total) are copied from the current round so lists can sort
/// and filter in the database.
/// </summary>
public sealed record Quote
{
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public QuoteCustomer Customer { get; init; } = null!;
    public string CustomerName { get; init; } = "";
    public Guid? LeadId { get; init; }
    public QuoteVehicle Vehicle { get; init; } = null!;
    public LeaseProduct Product { get; init; }
    public decimal MonthlyTotal { get; init; }
    public QuoteStatus Status { get; init; }
    public IReadOnlyList<QuoteRound> Rounds { get; init; } = [];
    public DateOnly? ValidUntil { get; init; }
    public Guid? Supersedes { get; init; }
    public Guid? SupersededBy { get; init; }
    public string? DeclineReason { get; init; }
    public string? Advisor { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }

    public QuoteRound CurrentRound => Rounds[^1];

    public bool IsOpen => Status is QuoteStatus.Draft or QuoteStatus.AwaitingApproval or QuoteStatus.Sent;

    // Marten passes the event with its metadata: who priced a round is the event's user.
    public static Quote Create(IEvent<QuoteDrafted> drafted) => FromDraft(drafted.Data, drafted.UserName);

    private static Quote FromDraft(QuoteDrafted e, string? userName) => new()
    {
        Id = e.QuoteId, Number = e.Number, Customer = e.Customer, CustomerName = e.Customer.Name, LeadId = e.LeadId, Vehicle = e.Vehicle,
        Product = e.Terms.Product, MonthlyTotal = e.Outcome.MonthlyTotal, Status = QuoteStatus.Draft, Supersedes = e.Supersedes,
        Rounds = [new QuoteRound(1, e.Terms, e.Outcome, e.At, userName)], Advisor = userName,
        CreatedAt = e.At, UpdatedAt = e.At,
    };

    public Quote Apply(IEvent<QuoteRepriced> repriced) => Reprice(repriced.Data, repriced.UserName);

    private Quote Reprice(QuoteRepriced e, string? userName) => this with
    {
        Rounds = [.. Rounds, new QuoteRound(e.Round, e.Terms, e.Outcome, e.At, userName)],
        Product = e.Terms.Product, MonthlyTotal = e.Outcome.MonthlyTotal, Status = QuoteStatus.Draft, UpdatedAt = e.At,
    };

    public Quote Apply(QuoteExceptionRequested e) => WithRound(e.Round, r => r with { Approval = ApprovalState.Requested, ApprovalNote = e.Reason, LimitsExceeded = e.LimitsExceeded })
        with { Status = QuoteStatus.AwaitingApproval, UpdatedAt = e.At };

    public Quote Apply(QuoteExceptionApproved e) => WithRound(e.Round, r => r with { Approval = ApprovalState.Approved, ApprovalNote = e.Note ?? r.ApprovalNote })
        with { Status = QuoteStatus.Draft, UpdatedAt = e.At };

    public Quote Apply(QuoteExceptionRejected e) => WithRound(e.Round, r => r with { Approval = ApprovalState.Rejected, ApprovalNote = e.Note ?? r.ApprovalNote })
        with { Status = QuoteStatus.Draft, UpdatedAt = e.At };

    public Quote Apply(QuoteSent e) => this with { Status = QuoteStatus.Sent, ValidUntil = e.ValidUntil, UpdatedAt = e.At };

    public Quote Apply(QuoteAccepted e) => this with { Status = QuoteStatus.Accepted, UpdatedAt = e.At };

    public Quote Apply(QuoteDeclined e) => this with { Status = QuoteStatus.Declined, DeclineReason = e.Reason, UpdatedAt = e.At };

    public Quote Apply(QuoteExpired e) => this with { Status = QuoteStatus.Expired, UpdatedAt = e.At };

    public Quote Apply(QuoteSuperseded e) => this with { Status = QuoteStatus.Superseded, SupersededBy = e.SupersededBy, UpdatedAt = e.At };

    private Quote WithRound(int number, Func<QuoteRound, QuoteRound> change) =>
        this with { Rounds = Rounds.Select(r => r.Number == number ? change(r) : r).ToList() };
}
