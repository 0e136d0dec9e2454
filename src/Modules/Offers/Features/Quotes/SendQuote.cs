using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Quotes;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Integration = Leasing.Offers.IntegrationEvents;

namespace Leasing.Offers.Features.Quotes;

public sealed record SendQuote(long? ExpectedVersion);

/// <summary>
/// The offer goes to the customer with its validity date (15 days for a consumer LOA); a durable timer expires it
/// the day after, unless it has moved on by then.
/// </summary>
public static class SendQuoteEndpoint
{
    public static ProblemDetails Validate(SendQuote command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/quotes/{id}/send", Name = "SendQuote")]
    [Tags("Quotes")]
    public static async Task<IResult> Post(Guid id, SendQuote command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation)
    {
        DateOnly? validUntil = null;
        Integration.QuoteSent? sent = null;
        var result = await VersionedStream.AppendAsync<Quote>(session, id, command.ExpectedVersion!.Value, "Quote", quote =>
        {
            if (quote.Status != QuoteStatus.Draft) return Decision.Refuse(QuoteProblems.WrongStatus(quote, "sent", QuoteStatus.Draft));
            if (quote.CurrentRound.Approval == ApprovalState.Rejected)
                return Decision.Refuse(Problems.Field("round", "The sales manager rejected this round: reprice it before sending."));
            validUntil = QuoteValidity.ValidUntil(clock.Today(), quote.CurrentRound.Terms);
            sent = new Integration.QuoteSent(id, quote.Number, quote.LeadId, validUntil.Value, clock.GetUtcNow());
            return Decision.Append(new QuoteSent(id, quote.CurrentRound.Number, validUntil.Value, clock.GetUtcNow()));
        }, cancellation);

        if (validUntil is { } lastDay)
            await bus.ScheduleAsync(new ExpireQuote(id, lastDay), ExpireQuote.DueAt(lastDay));
        if (sent is not null) await bus.PublishAsync(sent);
        return result;
    }
}
