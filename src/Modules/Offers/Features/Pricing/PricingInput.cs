using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Pricing;
using F = Leasing.Offers.Domain.Pricing.PricingFields;

namespace Leasing.Offers.Features.Pricing;

/// <summary>
/// The public JSON shape of a pricing question. Every field is optional at the wire so that a missing one is
/// reported by name (a plain decimal would silently read as 0). Enums are accepted by name, in any case.
/// </summary>
public sealed record PricingInput
{
    public string? Product { get; init; }
    public string? CustomerType { get; init; }
    public decimal? VehiclePrice { get; init; }
    public decimal? FirstPayment { get; init; }
    public decimal? ResidualValue { get; init; }
    public int? TermMonths { get; init; }
    public decimal? AnnualRatePercent { get; init; }
    public int? AnnualMileageKm { get; init; }
    public decimal? ServiceRatePerKm { get; init; }
    public decimal? ServiceRatePerMonth { get; init; }
    public string? PaymentTiming { get; init; }
    public decimal? LessorMarginCoefficient { get; init; }
    public decimal? ExcessKmPrice { get; init; }

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
