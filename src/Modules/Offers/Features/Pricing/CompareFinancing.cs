using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Pricing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wolverine.Http;

namespace Leasing.Offers.Features.Pricing;

/// <summary>The same car as LLD, LOA and a classic loan at the same rate: total cost side by side.</summary>
public static class CompareFinancingEndpoint
{
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.PublicPerClient)]
    [WolverinePost("/api/pricing/comparisons", Name = "CompareFinancing")]
    [Tags("Pricing")]
    public static IResult Post(PricingInput input)
    {
        var errors = new FieldErrors();
        var request = input.ToRequest(errors);
        return request is null ? Results.Problem(errors.ToProblem()) : Results.Ok(FinancingComparison.Of(request));
    }
}
