using Leasing.Kernel.Json;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Pricing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Leasing.Offers.Features.Pricing;

/// <summary>
/// The online simulator's calculation: public, rate-limited per client, no data stored. Mapped as a plain ASP.NET Core
/// endpoint (<see cref="OffersModule.MapEndpoints"/>), not a Wolverine chain: it stores and sends nothing, so a chain
/// brings it no transaction or outbox, and on the product's busiest public endpoint the chain's own work (its streaming
/// body reader, its tracing) was about a sixth of a simulation's cost (bench/README.md, "The simulator again").
/// </summary>
public static class SimulatePricingEndpoint
{
    public const string Route = "/api/pricing/simulations";

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapPost(Route, Post)
        .WithName("SimulatePricing")
        .WithTags("Pricing")
        .AllowAnonymous()
        .RequireRateLimiting(RateLimits.PublicPerClient)
        .Accepts<PricingInput>("application/json")
        .Produces<PricingOutcome>()
        .ProducesValidationProblem();

    public static async Task<IResult> Post(HttpRequest request, CancellationToken cancellation)
    {
        var (input, problem) = await JsonRequestBody.ReadAsync(request, PricingJsonContext.Default.PricingInput, cancellation);
        if (problem is not null) return Results.Problem(problem);
        var errors = new FieldErrors();
        var pricing = input!.ToRequest(errors);
        if (pricing is null) return Results.Problem(errors.ToProblem());
        // The answer, with its schedule, is most of a simulation's cost: written by hand, same bytes as the serialiser's.
        return new Utf8JsonResult(PricingOutcomeJson.Write(PricingOutcome.From(PricingEngine.Price(pricing))));
    }
}
