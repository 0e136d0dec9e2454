using Leasing.Kernel.Monetary;

namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// Re-prices a running contract for an amendment (avenant): a new yearly mileage and/or a new total term, from a month
/// onwards. The residual value fixed at signature never changes after delivery (seed 002), so the balance still owed
/// after the months already paid is repaid down to that same residual value over the months left, at the contract's
/// rate and margin; per-km services follow the new mileage. With nothing changed, the rent comes out as it was.
/// </summary>
public static class ContractRepricing
{
    public static RepricingResult Reprice(PricingRequest original, int monthsPaid, int newTermMonths, int newAnnualMileageKm)
    {
        PricingEngine.ThrowIfInvalid(original);
        if (monthsPaid < 0 || monthsPaid >= newTermMonths)
            throw new ArgumentOutOfRangeException(nameof(monthsPaid), "The amendment must leave at least one month to run.");
        var amended = original with { TermMonths = newTermMonths, AnnualMileageKm = newAnnualMileageKm };
        PricingEngine.ThrowIfInvalid(amended);

        var balance = AmortisationSchedule.OutstandingBalance(original.CapitalisedValueAfterFirstPayment, original.MonthlyRate,
            original.PaymentTiming, PricingEngine.FinancialRent(original), monthsPaid);
        var remaining = newTermMonths - monthsPaid;
        var financialRent = Annuity.Rent(balance, original.ResidualValue, original.MonthlyRate, remaining, original.PaymentTiming);
        var monthlyRent = MoneyRounding.ToCent(financialRent * original.LessorMarginCoefficient);
        var services = amended.Services.Sum(s => s.MonthlyCharge(newAnnualMileageKm));

        var basis = Vat.QuotedBasisOf(original.CustomerType);
        decimal? option = original.Product == LeaseProduct.Loa ? MoneyRounding.ToCent(original.ResidualValue) : null;
        var quoted = PricingAmounts.Compose(basis, MoneyRounding.ToCent(original.VehiclePrice), MoneyRounding.ToCent(original.FirstPayment),
            monthlyRent, services, remaining, option, MoneyRounding.ToCent(original.ExcessKmPrice));
        return new RepricingResult(monthsPaid, remaining, MoneyRounding.ToCent(balance), newAnnualMileageKm * (decimal)newTermMonths / 12m,
            quoted.In(VatBasis.ExcludingVat, remaining), quoted.In(VatBasis.IncludingVat, remaining), basis);
    }
}

/// <summary>The amended monthly amounts (both VAT bases) for the <see cref="RemainingMonths"/> left, and the balance they repay.</summary>
public sealed record RepricingResult(
    int MonthsPaid, int RemainingMonths, decimal OutstandingBalance, decimal ContractMileageKm,
    PricingAmounts ExcludingVat, PricingAmounts IncludingVat, VatBasis QuotedBasis);
