using Leasing.Kernel.Monetary;

namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// Prices an LLD or LOA offer, the dealer's "pavé financier" (DOMAIN.md, "Pricing"). Pure: no I/O,
/// no clock. Computation runs at full decimal precision; only the outputs are rounded to the cent,
/// with the product's single rounding rule (<see cref="MoneyRounding.ToCent"/>).
/// </summary>
public static class PricingEngine
{
    /// <exception cref="ArgumentException">The request breaks a rule of <see cref="PricingRequestValidator"/>.</exception>
    public static PricingResult Price(PricingRequest request)
    {
        ThrowIfInvalid(request);

        var financialRent = FinancialRent(request);
        var monthlyRent = MoneyRounding.ToCent(financialRent * request.LessorMarginCoefficient);
        var services = request.Services
            .Select(s => new ServiceCharge(s.Name, s.Basis, s.Rate, s.MonthlyCharge(request.AnnualMileageKm)))
            .ToList();
        var monthlyServiceCharge = services.Sum(s => s.MonthlyCharge);

        var basis = Vat.QuotedBasisOf(request.CustomerType);
        decimal? purchaseOption = request.Product == LeaseProduct.Loa ? MoneyRounding.ToCent(request.ResidualValue) : null;
        var quoted = PricingAmounts.Compose(
            basis,
            MoneyRounding.ToCent(request.VehiclePrice),
            MoneyRounding.ToCent(request.FirstPayment),
            monthlyRent,
            monthlyServiceCharge,
            request.TermMonths,
            purchaseOption,
            MoneyRounding.ToCent(request.ExcessKmPrice));

        return new PricingResult
        {
            Product = request.Product,
            CustomerType = request.CustomerType,
            QuotedBasis = basis,
            MonthlyRent = quoted.MonthlyRent,
            Services = services,
            MonthlyServiceCharge = quoted.MonthlyServiceCharge,
            MonthlyTotal = quoted.MonthlyTotal,
            FirstPayment = quoted.FirstPayment,
            AmountFinanced = MoneyRounding.ToCent(request.CapitalisedValueAfterFirstPayment - request.ResidualValue),
            // The first payment is a payment of its own, made at signature, on top of the n rents.
            NumberOfPayments = request.TermMonths + (request.FirstPayment > 0m ? 1 : 0),
            TotalCost = quoted.TotalCost,
            PurchaseOptionPrice = quoted.PurchaseOptionPrice,
            TotalCostIfOptionExercised = quoted.TotalCostIfOptionExercised,
            ExcessKmPrice = quoted.ExcessKmPrice,
            ContractMileageKm = request.AnnualMileageKm * (decimal)request.TermMonths / 12m,
            ExcludingVat = quoted.In(VatBasis.ExcludingVat, request.TermMonths),
            IncludingVat = quoted.In(VatBasis.IncludingVat, request.TermMonths),
            Schedule = AmortisationSchedule.Build(
                request.CapitalisedValueAfterFirstPayment, request.MonthlyRate, request.TermMonths, request.PaymentTiming, financialRent),
        };
    }

    /// <summary>
    /// The unrounded annuity on (vehicle price − first payment) down to the residual value, before the
    /// lessor margin. Exposed unrounded because the solvers and round-trip checks need its precision.
    /// </summary>
    public static decimal FinancialRent(PricingRequest request) =>
        Annuity.Rent(request.CapitalisedValueAfterFirstPayment, request.ResidualValue, request.MonthlyRate, request.TermMonths, request.PaymentTiming);

    internal static void ThrowIfInvalid(PricingRequest request, string? solvingFor = null)
    {
        var errors = PricingRequestValidator.Validate(request, solvingFor);
        if (errors.Any)
            throw new ArgumentException(
                "Invalid pricing request: " + string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value)), nameof(request));
    }
}
