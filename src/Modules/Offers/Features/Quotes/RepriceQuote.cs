using System.Security.Claims;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Pricing;
using Leasing.Offers.Domain.Quotes;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Offers.Features.Quotes;

public sealed record RepriceQuote(TermsInput? Terms, long? ExpectedVersion, bool RequestException = false, string? ExceptionReason = null);

/// <summary>A new negotiation round: the full terms again, priced again; a sent quote goes back to draft.</summary>
public static class RepriceQuoteEndpoint
{
    public static ProblemDetails Validate(RepriceQuote command) =>
        new FieldErrors().When(command.Terms is null, "terms", "'terms' is required.").ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/quotes/{id}/rounds", Name = "RepriceQuote")]
    [Tags("Quotes")]
    public static async Task<IResult> Post(Guid id, RepriceQuote command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellation)
    {
        var table = command.Terms?.ResidualValue is null ? await Features.ResidualValues.ResidualValueStream.LoadAsync(session, cancellation) : null;
        return await VersionedStream.AppendAsync<Quote>(session, id, command.ExpectedVersion!.Value, "Quote", quote =>
        {
            if (!quote.IsOpen) return Decision.Refuse(QuoteProblems.Closed(quote));
            var errors = new FieldErrors();
            var residualPercent = ResidualValueLookup.From(table, quote.Vehicle.Segment);
            var terms = command.Terms!.ToTerms(quote.Customer.Type, errors, residualPercent: residualPercent);
            if (terms is null) return Decision.Refuse(errors.ToProblem());

            var now = clock.GetUtcNow();
            var round = quote.Rounds.Count + 1;
            var check = NegotiationCheck.Check(id, round, terms, user, command.RequestException, command.ExceptionReason, now);
            if (check.Refusal is not null) return Decision.Refuse(check.Refusal);
            var repriced = new QuoteRepriced(id, round, terms, PricingOutcome.From(PricingEngine.Price(terms.ToPricingRequest())), now);
            return check.ExceptionRequest is null ? Decision.Append(repriced) : Decision.Append(repriced, check.ExceptionRequest);
        }, cancellation);
    }
}

public static class QuoteProblems
{
    public static ProblemDetails Closed(Quote quote) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = $"The quote is {quote.Status.ToString().ToLowerInvariant()}.",
        Detail = "A closed quote cannot change; draft a new quote instead.",
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
    };

    public static ProblemDetails WrongStatus(Quote quote, string action, params QuoteStatus[] allowed) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = $"A quote that is {quote.Status.ToString().ToLowerInvariant()} cannot be {action}.",
        Detail = $"Allowed when the quote is {string.Join(" or ", allowed.Select(s => s.ToString().ToLowerInvariant()))}.",
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
    };
}
