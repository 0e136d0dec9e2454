using Leasing.Kernel.Time;
using Leasing.Offers.Domain.Quotes;
using Marten;

namespace Leasing.Offers.Features.Quotes;

/// <summary>The validity timer of a sent quote.</summary>
public sealed record ExpireQuote(Guid QuoteId, DateOnly ValidUntil)
{
    /// <summary>The offer holds through its last day, Paris time: the timer fires at the next midnight.</summary>
    public static DateTimeOffset DueAt(DateOnly validUntil)
    {
        var midnight = validUntil.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, BusinessCalendar.Paris.GetUtcOffset(midnight));
    }
}

public static class ExpireQuoteHandler
{
    public static async Task Handle(ExpireQuote command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Quote>(command.QuoteId, cancellation);
        // Does nothing when the quote has moved on: accepted, declined, repriced, or sent again with a later date.
        if (stream.Aggregate is not { Status: QuoteStatus.Sent } quote || quote.ValidUntil != command.ValidUntil) return;
        if (clock.Today() <= command.ValidUntil) return;
        session.LastModifiedBy = "system:quote-validity";
        stream.AppendOne(new QuoteExpired(command.QuoteId, command.ValidUntil, clock.GetUtcNow()));
    }
}
