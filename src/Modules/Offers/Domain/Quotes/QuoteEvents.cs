using Leasing.Offers.Domain.Pricing;

namespace Leasing.Offers.Domain.Quotes;

// The events of a quote's stream. Each round keeps its full terms and the figures shown for them.

public sealed record QuoteDrafted(Guid QuoteId, string Number, QuoteCustomer Customer, Guid? LeadId, QuoteVehicle Vehicle,
    QuoteTerms Terms, PricingOutcome Outcome, Guid? Supersedes, DateTimeOffset At);

public sealed record QuoteRepriced(Guid QuoteId, int Round, QuoteTerms Terms, PricingOutcome Outcome, DateTimeOffset At);

/// <summary>The round goes beyond the author's negotiation limits; a sales manager must approve it before it is sent.</summary>
public sealed record QuoteExceptionRequested(Guid QuoteId, int Round, string Reason, string[] LimitsExceeded, DateTimeOffset At);

public sealed record QuoteExceptionApproved(Guid QuoteId, int Round, string? Note, DateTimeOffset At);

public sealed record QuoteExceptionRejected(Guid QuoteId, int Round, string? Note, DateTimeOffset At);

public sealed record QuoteSent(Guid QuoteId, int Round, DateOnly ValidUntil, DateTimeOffset At);

public sealed record QuoteAccepted(Guid QuoteId, int Round, DateTimeOffset At);

public sealed record QuoteDeclined(Guid QuoteId, string Reason, DateTimeOffset At);

public sealed record QuoteExpired(Guid QuoteId, DateOnly ValidUntil, DateTimeOffset At);

public sealed record QuoteSuperseded(Guid QuoteId, Guid SupersededBy, DateTimeOffset At);
