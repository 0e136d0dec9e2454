using Leasing.Kernel.Monetary;
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

/// <summary>
/// The questions customers ask the other way round: which first payment (or residual value) gives this rent, and
/// which car fits this monthly budget. The other inputs are those of a simulation; the solved one may be left out.
/// </summary>
public sealed record PricingSolutionInput(string? Solve, decimal? TargetMonthlyRent, decimal? MonthlyBudget, PricingInput? Pricing);

public sealed record PricingSolution(string Solved, decimal Value, PricingOutcome Outcome);

public static class SolvePricingEndpoint
{
    private static readonly Dictionary<string, string> Targets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["firstPayment"] = F.FirstPayment, ["residualValue"] = F.ResidualValue, ["vehiclePrice"] = F.VehiclePrice,
    };

    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.PublicPerClient)]
    [WolverinePost("/api/pricing/solutions", Name = "SolvePricing")]
    [Tags("Pricing")]
    public static IResult Post(PricingSolutionInput input)
    {
        var errors = new FieldErrors().Required(input.Solve, "solve");
        if (input.Pricing is null) errors.Add("pricing", "'pricing' is required.");
        if (input.Solve is not null && !Targets.ContainsKey(input.Solve)) errors.Add("solve", "'solve' must be firstPayment, residualValue or vehiclePrice.");
        if (errors.Any) return Results.Problem(errors.ToProblem());

        var target = Targets[input.Solve!];
        var amount = target == F.VehiclePrice ? input.MonthlyBudget : input.TargetMonthlyRent;
        var amountField = target == F.VehiclePrice ? "monthlyBudget" : "targetMonthlyRent";
        errors.Required(amount, amountField).When(amount <= 0m, amountField, $"'{amountField}' must be greater than zero.");

        // The solved input only needs a placeholder: the solver replaces it.
        var pricing = target switch
        {
            F.FirstPayment => input.Pricing! with { FirstPayment = 0m },
            F.ResidualValue => input.Pricing! with { ResidualValue = 0m },
            // Any price above residual + first payment passes the rules; the solver searches from there.
            _ => input.Pricing! with { VehiclePrice = (input.Pricing!.ResidualValue ?? 0m) + (input.Pricing.FirstPayment ?? 0m) + 1m },
        };
        var pricingErrors = new FieldErrors();
        var request = pricing.ToRequest(pricingErrors);
        foreach (var (field, messages) in pricingErrors.ToDictionary())
            foreach (var message in messages) errors.Add("pricing." + field, message);
        if (errors.Any || request is null) return Results.Problem(errors.ToProblem());

        var solved = target switch
        {
            F.FirstPayment => PricingSolver.FirstPaymentFor(request, amount!.Value),
            F.ResidualValue => PricingSolver.ResidualValueFor(request, amount!.Value),
            _ => PricingSolver.MaxVehiclePriceFor(request, amount!.Value),
        };
        if (!solved.Succeeded) return Results.Problem(solved.ToFieldErrors().ToProblem());

        var value = MoneyRounding.ToCent(solved.Value!.Value);
        var priced = target switch
        {
            F.FirstPayment => request with { FirstPayment = value },
            F.ResidualValue => request with { ResidualValue = value },
            _ => request with { VehiclePrice = value },
        };
        return Results.Ok(new PricingSolution(input.Solve!, value, PricingOutcome.From(PricingEngine.Price(priced))));
    }
}
