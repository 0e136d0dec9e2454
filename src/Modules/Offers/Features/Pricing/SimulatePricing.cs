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
        return request is null ? Results.Problem(errors.ToProblem()) : Results.Ok(PricingOutcome.From(PricingEngine.Price(request)));
    }
}
