using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Pricing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wolverine.Http;
using F = Leasing.Offers.Domain.Pricing.PricingFields;

namespace Leasing.Offers.Features.Pricing;

public sealed record ImpliedRateInput(decimal? VehiclePrice, decimal? FirstPayment, decimal? ResidualValue, int? TermMonths,
    decimal? MonthlyRent, string? PaymentTiming);

public sealed record ImpliedRateResponse(decimal AnnualRatePercent);

/// <summary>"What rate does this quoted rent actually apply?": the seed reader's question, answered to 4 decimals.</summary>
public static class ComputeImpliedRateEndpoint
{
    public const int RateDecimals = 4;

    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.PublicPerClient)]
    [WolverinePost("/api/pricing/implied-rate", Name = "ComputeImpliedRate")]
    [Tags("Pricing")]
    public static IResult Post(ImpliedRateInput input)
    {
        var errors = new FieldErrors().Required(input.VehiclePrice, F.VehiclePrice).Required(input.ResidualValue, F.ResidualValue)
            .Required(input.TermMonths, F.TermMonths).Required(input.MonthlyRent, F.MonthlyRent);
        var timing = errors.Enum<PaymentTiming>(input.PaymentTiming, F.PaymentTiming, required: false) ?? PaymentTiming.Arrears;
        if (errors.Any) return Results.Problem(errors.ToProblem());

        var request = new ImpliedRateRequest(input.VehiclePrice!.Value, input.FirstPayment ?? 0m, input.ResidualValue!.Value,
            input.TermMonths!.Value, input.MonthlyRent!.Value, timing);
        var invalid = PricingRequestValidator.Validate(request);
        if (invalid.Any) return Results.Problem(invalid.ToProblem());

        var solved = PricingSolver.ImpliedAnnualRatePercent(request);
        return solved.Succeeded
            ? Results.Ok(new ImpliedRateResponse(Math.Round(solved.Value!.Value, RateDecimals, MidpointRounding.AwayFromZero)))
            : Results.Problem(solved.ToFieldErrors().ToProblem());
    }
}
