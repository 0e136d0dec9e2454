using System.Security.Claims;
using Leasing.Offers.Domain.Quotes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Leasing.Offers.Features.Quotes;

/// <summary>
/// Checks a round against the author's negotiation limits. Beyond them the round is refused with a 403 unless the
/// author asks for an exception, in which case it is recorded and waits for a sales manager.
/// </summary>
public static class NegotiationCheck
{
    public sealed record Outcome(ProblemDetails? Refusal, object? ExceptionRequest);

    public static Outcome Check(Guid quoteId, int round, QuoteTerms terms, ClaimsPrincipal user, bool requestException, string? reason, DateTimeOffset now)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value);
        var limit = NegotiationLimits.Default.For(roles);
        var exceeded = limit is null ? ["no negotiation limit for your role"] : NegotiationLimits.Exceeded(terms, limit);
        if (exceeded.Length == 0) return new Outcome(null, null);
        if (requestException && limit is not null)
            return new Outcome(null, new QuoteExceptionRequested(quoteId, round, reason ?? "", exceeded, now));

        return new Outcome(new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "Beyond your negotiation limits.",
            Detail = $"{string.Join("; ", exceeded)}. Ask for an exception (requestException: true) for a sales manager to approve.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.4",
            Extensions = { ["limitsExceeded"] = exceeded },
        }, null);
    }
}
