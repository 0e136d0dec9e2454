using System.Security.Claims;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Pricing;
using Leasing.Offers.Domain.Quotes;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Offers.Features.Quotes;

public sealed record DraftQuote(CustomerInput? Customer, VehicleInput? Vehicle, TermsInput? Terms, Guid? LeadId, Guid? Supersedes,
    bool RequestException = false, string? ExceptionReason = null);

public sealed record QuoteWritten(Guid Id, string Number, long Version, QuoteStatus Status);

public static class DraftQuoteEndpoint
{
    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/quotes", Name = "DraftQuote")]
    [Tags("Quotes")]
    public static async Task<IResult> Post(DraftQuote command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var customer = command.Customer.ToCustomer(errors);
        var vehicle = command.Vehicle.ToVehicle(errors);
        if (command.Terms is null) errors.Add("terms", "'terms' is required.");
        var residualPercent = await ResidualValueLookup.ForAsync(vehicle?.Segment, command.Terms?.ResidualValue, session, cancellation);
        var terms = command.Terms?.ToTerms(customer?.Type ?? CustomerType.Individual, errors, residualPercent: residualPercent);
        if (errors.Any) return Results.Problem(errors.ToProblem());

        var id = TypedIds.NewGuid();
        var now = clock.GetUtcNow();
        var check = NegotiationCheck.Check(id, 1, terms!, user, command.RequestException, command.ExceptionReason, now);
        if (check.Refusal is not null) return Results.Problem(check.Refusal);

        if (command.Supersedes is { } replaced)
        {
            // The quote this one replaces is closed in the same transaction: never two open versions of one offer.
            var previous = await session.Events.FetchForWriting<Quote>(replaced, cancellation);
            if (previous.Aggregate is not { IsOpen: true })
                return Results.Problem(Problems.Field("supersedes", "The quote to supersede does not exist or is already closed."));
            previous.AppendOne(new QuoteSuperseded(replaced, id, now));
        }

        var number = await QuoteNumbers.NextAsync(session, clock.Today(), cancellation);
        var outcome = PricingOutcome.From(PricingEngine.Price(terms!.ToPricingRequest()));
        var events = new List<object> { new QuoteDrafted(id, number, customer!, command.LeadId, vehicle!, terms, outcome, command.Supersedes, now) };
        if (check.ExceptionRequest is not null) events.Add(check.ExceptionRequest);
        session.Events.StartStream<Quote>(id, events.ToArray());

        var status = check.ExceptionRequest is null ? QuoteStatus.Draft : QuoteStatus.AwaitingApproval;
        return Results.Created($"/api/quotes/{id}", new QuoteWritten(id, number, events.Count, status));
    }
}
