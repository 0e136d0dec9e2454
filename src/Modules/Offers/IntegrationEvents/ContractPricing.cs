using Leasing.Kernel.Monetary;
using Leasing.Offers.Domain.Pricing;

namespace Leasing.Offers.IntegrationEvents;

// The pricing engine as the Contracts module may use it: flat public records in, flat public records out, every figure
// computed by Offers' own engine (Domain/Pricing). Contracts re-prices through here and never copies a formula.

/// <summary>
/// A contract's pricing terms, as accepted (<see cref="AcceptedTerms"/>) or amended. Amounts are in the customer's
/// basis: TTC for an individual, HT for a business. Product is "LLD" or "LOA"; PaymentTiming "Arrears" or "Advance".
/// </summary>
public sealed record ContractPricingTerms(
    string Product, string CustomerType, decimal VehiclePrice, decimal FirstPayment, int TermMonths, int AnnualMileageKm,
    decimal ResidualValue, decimal AnnualRatePercent, decimal LessorMarginCoefficient, string PaymentTiming,
    decimal ServiceRatePerKm, decimal ServiceRatePerMonth, decimal ExcessKmPrice)
{
    public static ContractPricingTerms From(AcceptedTerms terms, string customerType) => new(
        terms.Product, customerType, terms.VehiclePrice, terms.FirstPayment, terms.TermMonths, terms.AnnualMileageKm, terms.ResidualValue,
        terms.AnnualRatePercent, terms.LessorMarginCoefficient, terms.PaymentTiming, terms.ServiceRatePerKm, terms.ServiceRatePerMonth,
        terms.ExcessKmPrice);
}

/// <summary>Monthly amounts and the other customer-facing figures in both VAT bases; QuotedBasis says which one is the contract's.</summary>
public sealed record ContractPrice(
    string QuotedBasis,
    decimal MonthlyRentExcludingVat, decimal MonthlyServicesExcludingVat, decimal MonthlyTotalExcludingVat,
    decimal MonthlyRentIncludingVat, decimal MonthlyServicesIncludingVat, decimal MonthlyTotalIncludingVat,
    decimal FirstPaymentExcludingVat, decimal FirstPaymentIncludingVat,
    decimal? PurchaseOptionPriceExcludingVat, decimal? PurchaseOptionPriceIncludingVat,
    decimal ExcessKmPriceExcludingVat, decimal ExcessKmPriceIncludingVat,
    decimal AmountFinanced, decimal ContractMileageKm);

/// <summary>An amendment's price: the new monthly amounts for the months left and the balance they repay (quoted basis).</summary>
public sealed record AmendmentPrice(int MonthsPaid, int RemainingMonths, decimal OutstandingBalance, ContractPrice Price);

public static class ContractPricing
{
    /// <summary>French VAT on rents, services, fees and the vehicle.</summary>
    public const decimal VatRate = Vat.Rate;

    /// <summary>Field errors of the engine's rules (empty when the terms can be priced), keyed by camelCase field name.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(ContractPricingTerms terms) =>
        ToRequest(terms) is { } request ? PricingRequestValidator.Validate(request).ToDictionary() : UnknownNames(terms);

    public static ContractPrice Price(ContractPricingTerms terms)
    {
        var request = Required(terms);
        var result = PricingEngine.Price(request);
        return ToPrice(result.QuotedBasis, result.ExcludingVat, result.IncludingVat, result.AmountFinanced, result.ContractMileageKm);
    }

    /// <summary>
    /// Re-prices from month <paramref name="monthsPaid"/> onwards with a new total term and/or yearly mileage; the
    /// residual value stays the one fixed at signature.
    /// </summary>
    public static AmendmentPrice Amend(ContractPricingTerms terms, int monthsPaid, int newTermMonths, int newAnnualMileageKm)
    {
        var request = Required(terms);
        var result = ContractRepricing.Reprice(request, monthsPaid, newTermMonths, newAnnualMileageKm);
        var amountFinanced = MoneyRounding.ToCent(result.OutstandingBalance - request.ResidualValue);
        return new AmendmentPrice(result.MonthsPaid, result.RemainingMonths, result.OutstandingBalance,
            ToPrice(result.QuotedBasis, result.ExcludingVat, result.IncludingVat, amountFinanced, result.ContractMileageKm));
    }

    /// <summary>The capital still owed after <paramref name="monthsPaid"/> rents, to the cent, in the terms' basis.</summary>
    public static decimal OutstandingBalance(ContractPricingTerms terms, int monthsPaid)
    {
        var request = Required(terms);
        return MoneyRounding.ToCent(AmortisationSchedule.OutstandingBalance(request.CapitalisedValueAfterFirstPayment, request.MonthlyRate,
            request.PaymentTiming, PricingEngine.FinancialRent(request), monthsPaid));
    }

    /// <summary>The monthly discount rate (unrounded) of an annual rate: "Proportional" (annual / 12) or "Actuarial" ((1 + i)^(1/12) − 1).</summary>
    public static decimal MonthlyDiscountRate(decimal annualRatePercent, string convention) =>
        Discounting.MonthlyRate(annualRatePercent, Convention(convention));

    /// <summary>
    /// Today's value (unrounded) of <paramref name="count"/> monthly rents, the first due in <paramref name="firstDueInMonths"/>
    /// months, discounted at <paramref name="annualRatePercent"/> with the named convention.
    /// </summary>
    public static decimal PresentValueOfRents(decimal rent, int count, int firstDueInMonths, decimal annualRatePercent, string convention) =>
        Discounting.PresentValueOfRents(rent, Discounting.MonthlyRate(annualRatePercent, Convention(convention)), count, firstDueInMonths);

    /// <summary>Today's value (unrounded) of an amount due in <paramref name="months"/> months.</summary>
    public static decimal PresentValue(decimal amount, int months, decimal annualRatePercent, string convention) =>
        Discounting.PresentValue(amount, Discounting.MonthlyRate(annualRatePercent, Convention(convention)), months);

    public static decimal ExcludingVat(decimal amountIncludingVat) => Vat.ExcludingVat(amountIncludingVat);

    public static decimal IncludingVat(decimal amountExcludingVat) => Vat.IncludingVat(amountExcludingVat);

    private static DiscountConvention Convention(string convention) =>
        Enum.TryParse<DiscountConvention>(convention, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ArgumentException($"Unknown discount convention '{convention}': Proportional or Actuarial.", nameof(convention));

    private static ContractPrice ToPrice(VatBasis basis, PricingAmounts ht, PricingAmounts ttc, decimal amountFinanced, decimal contractMileageKm) => new(
        basis.ToString(), ht.MonthlyRent, ht.MonthlyServiceCharge, ht.MonthlyTotal, ttc.MonthlyRent, ttc.MonthlyServiceCharge, ttc.MonthlyTotal,
        ht.FirstPayment, ttc.FirstPayment, ht.PurchaseOptionPrice, ttc.PurchaseOptionPrice, ht.ExcessKmPrice, ttc.ExcessKmPrice,
        amountFinanced, contractMileageKm);

    private static PricingRequest Required(ContractPricingTerms terms) =>
        ToRequest(terms) ?? throw new ArgumentException("Unknown product, customer type or payment timing: " +
            string.Join("; ", UnknownNames(terms).SelectMany(e => e.Value)), nameof(terms));

    private static PricingRequest? ToRequest(ContractPricingTerms terms)
    {
        if (!TryParse<LeaseProduct>(terms.Product, out var product) || !TryParse<CustomerType>(terms.CustomerType, out var customerType)
            || !TryParse<PaymentTiming>(terms.PaymentTiming, out var timing)) return null;
        var services = new List<IncludedService>();
        if (terms.ServiceRatePerKm > 0m) services.Add(IncludedService.PerKm("Prestations au kilomètre", terms.ServiceRatePerKm));
        if (terms.ServiceRatePerMonth > 0m) services.Add(IncludedService.PerMonth("Prestations forfaitaires", terms.ServiceRatePerMonth));
        return new PricingRequest
        {
            Product = product, CustomerType = customerType, VehiclePrice = terms.VehiclePrice, FirstPayment = terms.FirstPayment,
            TermMonths = terms.TermMonths, AnnualMileageKm = terms.AnnualMileageKm, ResidualValue = terms.ResidualValue,
            AnnualRatePercent = terms.AnnualRatePercent, LessorMarginCoefficient = terms.LessorMarginCoefficient, PaymentTiming = timing,
            Services = services, ExcessKmPrice = terms.ExcessKmPrice,
        };
    }

    private static IReadOnlyDictionary<string, string[]> UnknownNames(ContractPricingTerms terms)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TryParse<LeaseProduct>(terms.Product, out _)) errors["product"] = ["'product' must be LLD or LOA."];
        if (!TryParse<CustomerType>(terms.CustomerType, out _)) errors["customerType"] = ["'customerType' must be Individual or Business."];
        if (!TryParse<PaymentTiming>(terms.PaymentTiming, out _)) errors["paymentTiming"] = ["'paymentTiming' must be Arrears or Advance."];
        return errors;
    }

    private static bool TryParse<T>(string? value, out T parsed) where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: true, out parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _);
}
