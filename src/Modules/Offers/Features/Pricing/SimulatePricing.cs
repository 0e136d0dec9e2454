using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Pricing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wolverine.Http;

namespace Leasing.Offers.Features.Pricing;

/// <summary>The online simulator's calculation: public, rate-limited per client, no data stored.</summary>
public static class SimulatePricingEndpoint
{
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.PublicPerClient)]
    [WolverinePost("/api/pricing/simulations", Name = "SimulatePricing")]
    [Tags("Pricing")]
    public static IResult Post(PricingInput input)
    {
        var errors = new FieldErrors();
        var request = input.ToRequest(errors);
        if (request is null) return Results.Problem(errors.ToProblem());
        // Written with the source-generated serialiser's own options: the Host's JSON options carry a converter (enums by
        // name), and any converter there sends every type down System.Text.Json's general path; this answer, with its
        // schedule, is most of a simulation's cost. Same text either way (Web defaults, enums by name).
        return Results.Json(PricingOutcome.From(PricingEngine.Price(request)), PricingJsonContext.Default.PricingOutcome);
    }
}
