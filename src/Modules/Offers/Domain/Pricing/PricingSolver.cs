using Leasing.Kernel.Monetary;
using F = Leasing.Offers.Domain.Pricing.PricingFields;

namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// The user's reverse questions (DOMAIN.md: "from a quoted rent, find the rate actually applied").
/// The rent is linear in the capitalised value and the residual value, so first payment, residual
/// value and price are solved directly; the rate is not, so it is found by bisection, which cannot
/// diverge because the rent only grows with the rate.
/// Targets are the quoted <see cref="PricingResult.MonthlyRent"/> (financial rent including the lessor
/// margin, excluding services) or, for a budget, the <see cref="PricingResult.MonthlyTotal"/>.
/// </summary>
public static class PricingSolver
{
    /// <summary>The rate search covers 0..100 % a year; a rent needing more is not a lease, it is an error.</summary>
    public const decimal MaxSearchedRatePercent = 100m;

    /// <summary>Quoted rents are rounded to the cent, so a rent within half a cent of a bound still meets it.</summary>
    private const decimal HalfCent = 0.005m;

    /// <summary>Bisection stops when the bracket is this narrow (percent), far below the 4 decimals shown.</summary>
    private const decimal RateTolerancePercent = 1e-12m;

    /// <summary>
    /// The annual rate (percent, unrounded; the HTTP layer rounds) at which the financial rent on
    /// (price − first payment) down to the residual value equals <see cref="ImpliedRateRequest.MonthlyRent"/>.
    /// </summary>
    public static SolverResult ImpliedAnnualRatePercent(ImpliedRateRequest request)
    {
        var errors = PricingRequestValidator.Validate(request);
        if (errors.Any)
        {
            var first = errors.ToDictionary().First();
            return SolverResult.Fail(first.Key, first.Value[0]);
        }

        var capitalised = request.VehiclePrice - request.FirstPayment;
        decimal RentAt(decimal ratePercent) =>
            Annuity.Rent(capitalised, request.ResidualValue, Annuity.MonthlyRate(ratePercent), request.TermMonths, request.PaymentTiming);

        var target = request.MonthlyRent;
        var rentAtZero = RentAt(0m);
        var rentAtMax = RentAt(MaxSearchedRatePercent);
        if (target < rentAtZero - HalfCent)
            return SolverResult.Fail(F.MonthlyRent,
                $"A rent of {target} is below the rent at 0 % ({MoneyRounding.ToCent(rentAtZero)}): no rate gives it.");
        if (target > rentAtMax + HalfCent)
            return SolverResult.Fail(F.MonthlyRent,
                $"A rent of {target} is above the rent at {MaxSearchedRatePercent} % ({MoneyRounding.ToCent(rentAtMax)}): no rate in range gives it.");
        if (target <= rentAtZero)
            return SolverResult.Ok(0m);
        if (target >= rentAtMax)
            return SolverResult.Ok(MaxSearchedRatePercent);

        // Invariant: RentAt(low) < target <= RentAt(high).
        var low = 0m;
        var high = MaxSearchedRatePercent;
        for (var i = 0; i < 200 && high - low > RateTolerancePercent; i++)
        {
            var middle = (low + high) / 2m;
            if (RentAt(middle) < target)
                low = middle;
            else
                high = middle;
        }
        return SolverResult.Ok((low + high) / 2m);
    }

    /// <summary>The first payment (apport) that brings the quoted rent down to <paramref name="targetMonthlyRent"/>; request.FirstPayment is ignored.</summary>
    public static SolverResult FirstPaymentFor(PricingRequest request, decimal targetMonthlyRent)
    {
        PricingEngine.ThrowIfInvalid(request, F.FirstPayment);
        if (targetMonthlyRent <= 0m)
            return SolverResult.Fail(F.MonthlyRent, "'monthlyRent' must be greater than zero.");

        var capitalised = CapitalisedValueFor(request, targetMonthlyRent);
        var firstPayment = MoneyRounding.ToCent(request.VehiclePrice - capitalised);
        if (firstPayment < 0m)
            return SolverResult.Fail(F.MonthlyRent,
                $"The rent without a first payment ({RentWithout(request with { FirstPayment = 0m })}) is already below {targetMonthlyRent}.");
        if (request.VehiclePrice - firstPayment < request.ResidualValue)
            return SolverResult.Fail(F.MonthlyRent,
                $"A rent of {targetMonthlyRent} would need a first payment leaving less than the residual value to finance.");
        return SolverResult.Ok(firstPayment);
    }

    /// <summary>The residual value that gives <paramref name="targetMonthlyRent"/>; request.ResidualValue is ignored.</summary>
    public static SolverResult ResidualValueFor(PricingRequest request, decimal targetMonthlyRent)
    {
        PricingEngine.ThrowIfInvalid(request, F.ResidualValue);
        if (targetMonthlyRent <= 0m)
            return SolverResult.Fail(F.MonthlyRent, "'monthlyRent' must be greater than zero.");

        // rent = (PV − RV·v^n)·f  ⇒  RV = (PV − rent/f) / v^n
        var capitalised = request.CapitalisedValueAfterFirstPayment;
        var financialTarget = targetMonthlyRent / request.LessorMarginCoefficient;
        var factor = Annuity.RentFactor(request.MonthlyRate, request.TermMonths, request.PaymentTiming);
        var discount = Annuity.DiscountFactor(request.MonthlyRate, request.TermMonths);
        var residual = MoneyRounding.ToCent((capitalised - financialTarget / factor) / discount);
        if (residual < 0m)
            return SolverResult.Fail(F.MonthlyRent,
                $"Even with no residual value the rent is {RentWithout(request with { ResidualValue = 0m })}, above {targetMonthlyRent}.");
        if (residual > capitalised)
            return SolverResult.Fail(F.MonthlyRent,
                $"A rent of {targetMonthlyRent} would need a residual value above the capitalised value ({capitalised}).");
        return SolverResult.Ok(residual);
    }

    /// <summary>
    /// The highest vehicle price whose monthly total (rent + services) fits <paramref name="monthlyBudget"/>,
    /// with the request's first payment, residual value, term, rate and services; request.VehiclePrice is ignored.
    /// </summary>
    public static SolverResult MaxVehiclePriceFor(PricingRequest request, decimal monthlyBudget)
    {
        PricingEngine.ThrowIfInvalid(request, F.VehiclePrice);
        var services = request.Services.Sum(s => s.MonthlyCharge(request.AnnualMileageKm));
        var rentBudget = monthlyBudget - services;
        if (rentBudget <= 0m)
            return SolverResult.Fail(F.MonthlyBudget, $"The included services alone cost {services} a month.");

        var price = MoneyRounding.ToCent(CapitalisedValueFor(request, rentBudget) + request.FirstPayment);
        if (price - request.FirstPayment < request.ResidualValue)
            return SolverResult.Fail(F.MonthlyBudget,
                $"A budget of {monthlyBudget} cannot finance a car worth at least its residual value ({request.ResidualValue}).");
        return SolverResult.Ok(price);
    }

    /// <summary>rent = (PV − RV·v^n)·f  ⇒  PV = rent/f + RV·v^n, with the margin taken out of the rent first.</summary>
    private static decimal CapitalisedValueFor(PricingRequest request, decimal quotedRent)
    {
        var financialTarget = quotedRent / request.LessorMarginCoefficient;
        var factor = Annuity.RentFactor(request.MonthlyRate, request.TermMonths, request.PaymentTiming);
        var discount = Annuity.DiscountFactor(request.MonthlyRate, request.TermMonths);
        return financialTarget / factor + request.ResidualValue * discount;
    }

    private static decimal RentWithout(PricingRequest request) =>
        MoneyRounding.ToCent(PricingEngine.FinancialRent(request) * request.LessorMarginCoefficient);
}
