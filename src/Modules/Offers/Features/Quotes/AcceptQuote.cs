using System.Security.Claims;
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

public sealed record AcceptQuote(long? ExpectedVersion);

/// <summary>
/// The customer accepts the offer as sent. The acceptance and the <c>QuoteAccepted</c> integration event commit
/// together (Wolverine's outbox): a contract file is opened from it, never from a half-saved quote.
/// </summary>
public static class AcceptQuoteEndpoint
{
    public static ProblemDetails Validate(AcceptQuote command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/quotes/{id}/accept", Name = "AcceptQuote")]
    [Tags("Quotes")]
    public static async Task<IResult> Post(Guid id, AcceptQuote command, IDocumentSession session, IMessageBus bus, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellation)
    {
        Integration.QuoteAccepted? accepted = null;
        var result = await VersionedStream.AppendAsync<Quote>(session, id, command.ExpectedVersion!.Value, "Quote", quote =>
        {
            if (quote.Status != QuoteStatus.Sent) return Decision.Refuse(QuoteProblems.WrongStatus(quote, "accepted", QuoteStatus.Sent));
            if (quote.ValidUntil < clock.Today())
                return Decision.Refuse(Problems.Field("validUntil", $"The offer was valid until {quote.ValidUntil:yyyy-MM-dd}."));
            var now = clock.GetUtcNow();
            accepted = AcceptedQuoteMessage.From(quote, user.NameOf(), now);
            return Decision.Append(new QuoteAccepted(id, quote.CurrentRound.Number, now));
        }, cancellation);

        if (accepted is not null) await bus.PublishAsync(accepted);
        return result;
    }
}

internal static class AcceptedQuoteMessage
{
    public static Integration.QuoteAccepted From(Quote quote, string acceptedBy, DateTimeOffset at)
    {
        var round = quote.CurrentRound;
        var (terms, outcome) = (round.Terms, round.Outcome);
        return new Integration.QuoteAccepted(quote.Id, quote.Number, quote.LeadId,
            new Integration.AcceptedCustomer(quote.Customer.Name, quote.Customer.Type.ToString(), quote.Customer.Email, quote.Customer.Phone, quote.Customer.CompanyId),
            new Integration.AcceptedVehicle(quote.Vehicle.Make, quote.Vehicle.Model, quote.Vehicle.Version, quote.Vehicle.Energy, quote.Vehicle.Co2GramsPerKm),
            new Integration.AcceptedTerms(terms.Product.ToString().ToUpperInvariant(), terms.TermMonths, terms.AnnualMileageKm, terms.VehiclePrice,
                terms.FirstPayment, terms.ResidualValue, terms.AnnualRatePercent, terms.LessorMarginCoefficient, terms.PaymentTiming.ToString(),
                terms.ServiceRatePerKm, terms.ServiceRatePerMonth, terms.ExcessKmPrice),
            new Integration.AcceptedAmounts(outcome.QuotedBasis,
                outcome.ExcludingVat.MonthlyRent, outcome.ExcludingVat.MonthlyServiceCharge, outcome.ExcludingVat.MonthlyTotal,
                outcome.IncludingVat.MonthlyRent, outcome.IncludingVat.MonthlyServiceCharge, outcome.IncludingVat.MonthlyTotal,
                outcome.AmountFinanced, outcome.NumberOfPayments, outcome.PurchaseOptionPrice),
            acceptedBy, at);
    }
}
