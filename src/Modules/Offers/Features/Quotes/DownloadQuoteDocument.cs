using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Leasing.Offers.Documents;
using Leasing.Offers.Domain.Quotes;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Offers.Features.Quotes;

/// <summary>
/// The offer as PDF, for the quote's current round: the pricing table, the schedule and, for LOA, the consumer
/// information. A draft shows the validity it would have if sent today.
/// </summary>
public static class DownloadQuoteDocumentEndpoint
{
    [Authorize(Policy = Policies.Sales)]
    [WolverineGet("/api/quotes/{id}/document", Name = "DownloadQuoteDocument")]
    [Tags("Quotes")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, TimeProvider clock, CancellationToken cancellation)
    {
        if (await session.LoadAsync<Quote>(id, cancellation) is not { } quote) return Results.Problem(Problems.NotFound("Quote"));

        var terms = quote.CurrentRound.Terms;
        var issued = DateOnly.FromDateTime(System.TimeZoneInfo.ConvertTime(quote.CurrentRound.PricedAt, BusinessCalendar.Paris).DateTime);
        var validUntil = quote.ValidUntil ?? QuoteValidity.ValidUntil(clock.Today(), terms);
        var model = OfferDocumentModel.Create(quote.Number, quote.Customer.Name,
            new VehicleDescription(quote.Vehicle.Make, quote.Vehicle.Model, quote.Vehicle.Version ?? ""), issued, validUntil,
            quote.Advisor ?? "", terms.ToPricingRequest());
        return Results.File(OfferDocument.Render(model), "application/pdf", $"{quote.Number}.pdf");
    }
}
