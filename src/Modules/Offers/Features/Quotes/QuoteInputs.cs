using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Pricing;
using Leasing.Offers.Domain.Quotes;

namespace Leasing.Offers.Features.Quotes;

public sealed record CustomerInput(string? Name, string? Type, string? Email, string? Phone, string? CompanyId);

public sealed record VehicleInput(string? Make, string? Model, string? Version, string? Energy, int? Co2GramsPerKm, string? Segment = null);

/// <summary>The negotiable terms at the wire; missing required values are named, optional ones default.</summary>
public sealed record TermsInput(
    string? Product, decimal? CataloguePrice, decimal? OptionsPrice, decimal? RegistrationAndDeliveryFees, decimal? DealerDiscount,
    decimal? FirstPayment, int? TermMonths, int? AnnualMileageKm, decimal? ResidualValue, decimal? AnnualRatePercent,
    decimal? LessorMarginCoefficient, string? PaymentTiming, decimal? ServiceRatePerKm, decimal? ServiceRatePerMonth, decimal? ExcessKmPrice)
{
    /// <param name="residualPercent">
    /// The residual-value table's rate (percent of catalogue price + options) for a term and yearly mileage, used when
    /// no residual value is given; null when the vehicle has no segment.
    /// </param>
    public QuoteTerms? ToTerms(CustomerType customerType, FieldErrors errors, string prefix = "terms.", Func<int, int, decimal?>? residualPercent = null)
    {
        var own = new FieldErrors();
        var terms = (ResidualValue is null && residualPercent is not null && TermMonths is { } months && AnnualMileageKm is { } km && CataloguePrice is { } price
            ? FromTable(residualPercent(months, km), price, own, prefix)
            : this).Check(customerType, own, prefix);
        errors.AddRange(own);
        return own.Any ? null : terms;
    }

    private TermsInput FromTable(decimal? percent, decimal cataloguePrice, FieldErrors errors, string prefix)
    {
        if (percent is null)
        {
            errors.Add(prefix + "residualValue", "No residual value given and none in the table for this segment, term and mileage.");
            return this;
        }
        return this with { ResidualValue = Kernel.Monetary.MoneyRounding.ToCent((cataloguePrice + (OptionsPrice ?? 0m)) * percent.Value / 100m) };
    }

    private QuoteTerms? Check(CustomerType customerType, FieldErrors errors, string prefix)
    {
        var product = errors.Enum<LeaseProduct>(Product, prefix + "product", required: true);
        var timing = errors.Enum<PaymentTiming>(PaymentTiming, prefix + "paymentTiming", required: false);
        errors.Required(CataloguePrice, prefix + "cataloguePrice").Required(TermMonths, prefix + "termMonths")
            .Required(AnnualMileageKm, prefix + "annualMileageKm").Required(ResidualValue, prefix + "residualValue")
            .Required(AnnualRatePercent, prefix + "annualRatePercent")
            .When(OptionsPrice < 0m, prefix + "optionsPrice", "Must not be negative.")
            .When(RegistrationAndDeliveryFees < 0m, prefix + "registrationAndDeliveryFees", "Must not be negative.")
            .When(DealerDiscount < 0m, prefix + "dealerDiscount", "Must not be negative.")
            .When(DealerDiscount > CataloguePrice, prefix + "dealerDiscount", "Must not exceed the catalogue price.");
        if (errors.Any) return null;

        var terms = new QuoteTerms(product!.Value, customerType, CataloguePrice!.Value, OptionsPrice ?? 0m, RegistrationAndDeliveryFees ?? 0m,
            DealerDiscount ?? 0m, FirstPayment ?? 0m, TermMonths!.Value, AnnualMileageKm!.Value, ResidualValue!.Value, AnnualRatePercent!.Value,
            LessorMarginCoefficient ?? 1m, timing ?? Domain.Pricing.PaymentTiming.Arrears, ServiceRatePerKm ?? 0m, ServiceRatePerMonth ?? 0m,
            ExcessKmPrice ?? 0m);
        // The engine's own rules, reported under the same "terms." names the caller sent.
        foreach (var (field, messages) in PricingRequestValidator.Validate(terms.ToPricingRequest()).ToDictionary())
            foreach (var message in messages) errors.Add(prefix + (field == PricingFields.VehiclePrice ? "cataloguePrice" : field), message);
        return errors.Any ? null : terms;
    }
}

public static class PartyInputs
{
    public static QuoteCustomer? ToCustomer(this CustomerInput? input, FieldErrors errors)
    {
        if (input is null) { errors.Add("customer", "'customer' is required."); return null; }
        var type = errors.Enum<CustomerType>(input.Type, "customer.type", required: true);
        errors.Required(input.Name, "customer.name")
            .When(input.Email is { Length: > 0 } email && !email.Contains('@'), "customer.email", "Not an e-mail address.")
            .When(type == CustomerType.Business && string.IsNullOrWhiteSpace(input.CompanyId), "customer.companyId",
                "A business customer needs its company identifier (SIREN).");
        return errors.Any ? null : new QuoteCustomer(input.Name!.Trim(), type!.Value, input.Email, input.Phone, input.CompanyId);
    }

    public static QuoteVehicle? ToVehicle(this VehicleInput? input, FieldErrors errors)
    {
        if (input is null) { errors.Add("vehicle", "'vehicle' is required."); return null; }
        errors.Required(input.Make, "vehicle.make").Required(input.Model, "vehicle.model")
            .When(input.Co2GramsPerKm is < 0 or > 1000, "vehicle.co2GramsPerKm", "Between 0 and 1000 g/km.");
        return errors.Any ? null : new QuoteVehicle(input.Make!.Trim(), input.Model!.Trim(), input.Version, input.Energy, input.Co2GramsPerKm,
            string.IsNullOrWhiteSpace(input.Segment) ? null : input.Segment.Trim());
    }
}
