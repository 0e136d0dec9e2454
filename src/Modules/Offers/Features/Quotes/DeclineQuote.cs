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

public sealed record DeclineQuote(string? Reason, long? ExpectedVersion);

public static class DeclineQuoteEndpoint
{
    public static ProblemDetails Validate(DeclineQuote command) =>
        new FieldErrors().Required(command.Reason, "reason").ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/quotes/{id}/decline", Name = "DeclineQuote")]
    [Tags("Quotes")]
    public static Task<IResult> Post(Guid id, DeclineQuote command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        VersionedStream.AppendAsync<Quote>(session, id, command.ExpectedVersion!.Value, "Quote", quote =>
            quote.IsOpen
                ? Decision.Append(new QuoteDeclined(id, command.Reason!.Trim(), clock.GetUtcNow()))
                : Decision.Refuse(QuoteProblems.Closed(quote)), cancellation);
}
