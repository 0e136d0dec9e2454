using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Pricing;
using F = Leasing.Offers.Domain.Pricing.PricingFields;

namespace Leasing.Offers.Features.Pricing;

/// <summary>
/// The public JSON shape of a pricing question. Every field is optional at the wire so that a missing one is
/// reported by name (a plain decimal would silently read as 0). Enums are accepted by name, in any case.
/// Settable rather than init-only: the source-generated reader fills init-only properties through a constructor-like
/// path that boxes every value, several times slower on the public simulator's busiest read.
/// </summary>
public sealed record PricingInput
{
    public string? Product { get; set; }
    public string? CustomerType { get; set; }
    public decimal? VehiclePrice { get; set; }
    public decimal? FirstPayment { get; set; }
    public decimal? ResidualValue { get; set; }
    public int? TermMonths { get; set; }
    public decimal? AnnualRatePercent { get; set; }
    public int? AnnualMileageKm { get; set; }
    public decimal? ServiceRatePerKm { get; set; }
    public decimal? ServiceRatePerMonth { get; set; }
    public string? PaymentTiming { get; set; }
    public decimal? LessorMarginCoefficient { get; set; }
    public decimal? ExcessKmPrice { get; set; }

    /// <summary>The engine's request, or null with the reasons in <paramref name="errors"/>.</summary>
    public PricingRequest? ToRequest(FieldErrors errors)
    {
        var product = errors.Enum<LeaseProduct>(Product, F.Product, required: true);
        var customerType = errors.Enum<CustomerType>(CustomerType, F.CustomerType, required: true);
        var timing = errors.Enum<PaymentTiming>(PaymentTiming, F.PaymentTiming, required: false);
        errors.Required(VehiclePrice, F.VehiclePrice).Required(ResidualValue, F.ResidualValue).Required(TermMonths, F.TermMonths)
            .Required(AnnualRatePercent, F.AnnualRatePercent).Required(AnnualMileageKm, F.AnnualMileageKm);
        if (errors.Any) return null;

        var services = new List<IncludedService>();
        if (ServiceRatePerKm is { } perKm) services.Add(IncludedService.PerKm("Prestations", perKm));
        if (ServiceRatePerMonth is { } perMonth) services.Add(IncludedService.PerMonth("Prestations forfaitaires", perMonth));
        var request = new PricingRequest
        {
            Product = product!.Value,
            CustomerType = customerType!.Value,
            VehiclePrice = VehiclePrice!.Value,
            FirstPayment = FirstPayment ?? 0m,
            ResidualValue = ResidualValue!.Value,
            TermMonths = TermMonths!.Value,
            AnnualRatePercent = AnnualRatePercent!.Value,
            AnnualMileageKm = AnnualMileageKm!.Value,
            PaymentTiming = timing ?? Domain.Pricing.PaymentTiming.Arrears,
            LessorMarginCoefficient = LessorMarginCoefficient ?? 1m,
            ExcessKmPrice = ExcessKmPrice ?? 0m,
            Services = services,
        };
        foreach (var (field, messages) in PricingRequestValidator.Validate(request).ToDictionary())
            foreach (var message in messages) errors.Add(field, message);
        return errors.Any ? null : request;
    }
}
