using Leasing.Offers.Domain.Pricing;
using Xunit;

namespace Leasing.Offers.Tests.Pricing;

public class PricingRequestValidatorTests
{
    [Fact]
    public void Seed_request_is_valid()
    {
        Assert.False(PricingRequestValidator.Validate(Seed.Request()).Any);
    }

    public static TheoryData<string, Func<PricingRequest, PricingRequest>> BadRequests => new()
    {
        { "vehiclePrice", r => r with { VehiclePrice = -1m } },
        { "firstPayment", r => r with { FirstPayment = -0.01m } },
        { "firstPayment", r => r with { FirstPayment = 25_000m } },
        { "residualValue", r => r with { ResidualValue = -5m } },
        { "residualValue", r => r with { ResidualValue = 24_800.01m } },
        { "residualValue", r => r with { FirstPayment = 15_000m } }, // 12 800 > 24 800 − 15 000
        { "termMonths", r => r with { TermMonths = 11 } },
        { "termMonths", r => r with { TermMonths = 85 } },
        { "annualRatePercent", r => r with { AnnualRatePercent = -0.1m } },
        { "annualRatePercent", r => r with { AnnualRatePercent = 30.01m } },
        { "annualMileageKm", r => r with { AnnualMileageKm = -1 } },
        { "serviceRatePerKm", r => r with { Services = [IncludedService.PerKm("km", -0.04m)] } },
        { "paymentTiming", r => r with { PaymentTiming = (PaymentTiming)7 } },
        { "product", r => r with { Product = (LeaseProduct)9 } },
        { "customerType", r => r with { CustomerType = (CustomerType)4 } },
        { "lessorMarginCoefficient", r => r with { LessorMarginCoefficient = 0m } },
        { "excessKmPrice", r => r with { ExcessKmPrice = -0.06m } },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Each_bad_field_is_named_and_only_it(string field, Func<PricingRequest, PricingRequest> spoil)
    {
        var errors = PricingRequestValidator.Validate(spoil(Seed.Request())).ToDictionary();

        Assert.Equal([field], errors.Keys);
        Assert.NotEmpty(errors[field]);
    }

    [Theory]
    [InlineData(12, 0)]
    [InlineData(84, 30)]
    public void Bounds_are_inclusive(int months, int rate)
    {
        Assert.False(PricingRequestValidator.Validate(Seed.Request() with { TermMonths = months, AnnualRatePercent = rate }).Any);
    }

    [Fact]
    public void Residual_value_equal_to_the_capitalised_value_is_allowed()
    {
        Assert.False(PricingRequestValidator.Validate(Seed.Request() with { FirstPayment = 12_000m }).Any);
    }

    [Fact]
    public void Several_bad_fields_are_all_reported()
    {
        var errors = PricingRequestValidator.Validate(Seed.Request() with { TermMonths = 0, AnnualRatePercent = 45m, VehiclePrice = -3m });

        Assert.Equal(new[] { "annualRatePercent", "termMonths", "vehiclePrice" }, errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void The_field_a_solver_looks_for_is_not_checked()
    {
        var placeholder = Seed.Request() with { VehiclePrice = 0m };

        Assert.Equal(["vehiclePrice"], PricingRequestValidator.Validate(placeholder).ToDictionary().Keys);
        Assert.False(PricingRequestValidator.Validate(placeholder, PricingFields.VehiclePrice).Any);
    }

    [Fact]
    public void Implied_rate_question_needs_a_positive_rent()
    {
        var errors = PricingRequestValidator.Validate(new ImpliedRateRequest(24_800m, 0m, 12_800m, 36, 0m)).ToDictionary();

        Assert.Equal(["monthlyRent"], errors.Keys);
    }
}
