using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Quotes;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Offers.Features.Quotes;

public sealed record DecideQuoteException(bool? Approve, string? Note, long? ExpectedVersion);

/// <summary>A sales manager approves or rejects a round that goes beyond its author's negotiation limits.</summary>
public static class DecideQuoteExceptionEndpoint
{
    public static ProblemDetails Validate(DecideQuoteException command) =>
        new FieldErrors().Required(command.Approve, "approve").ExpectedVersion(command.ExpectedVersion)
            .When(command.Approve == false && string.IsNullOrWhiteSpace(command.Note), "note", "Say why the exception is rejected.")
            .ToProblem();

    [Authorize(Policy = Policies.SalesManagement)]
    [WolverinePost("/api/quotes/{id}/exception-decision", Name = "DecideQuoteException")]
    [Tags("Quotes")]
    public static Task<IResult> Post(Guid id, DecideQuoteException command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        VersionedStream.AppendAsync<Quote>(session, id, command.ExpectedVersion!.Value, "Quote", quote =>
        {
            if (quote.Status != QuoteStatus.AwaitingApproval)
                return Decision.Refuse(QuoteProblems.WrongStatus(quote, "approved", QuoteStatus.AwaitingApproval));
            var round = quote.CurrentRound.Number;
            return command.Approve!.Value
                ? Decision.Append(new QuoteExceptionApproved(id, round, command.Note, clock.GetUtcNow()))
                : Decision.Append(new QuoteExceptionRejected(id, round, command.Note, clock.GetUtcNow()));
        }, cancellation);
}
