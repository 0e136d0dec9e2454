using System.Text;
using System.Text.Json;
using Leasing.Offers.Domain.Pricing;
using Leasing.Offers.Features.Pricing;
using Xunit;

namespace Leasing.Offers.Tests.Pricing;

/// <summary>The simulator's hand-written answer is the serialiser's answer, byte for byte, whatever the offer.</summary>
public sealed class PricingOutcomeJsonTests
{
    public static TheoryData<string, PricingRequest> Offers()
    {
        var seed = Seed.Request();
        return new TheoryData<string, PricingRequest>
        {
            { "seed LOA, individual", seed },
            { "LLD, no purchase option", seed with { Product = LeaseProduct.Lld } },
            { "business, excluding VAT", seed with { CustomerType = CustomerType.Business, Product = LeaseProduct.Lld } },
            { "first payment, in advance", seed with { FirstPayment = 3_000m, PaymentTiming = PaymentTiming.Advance } },
            { "zero rate", seed with { AnnualRatePercent = 0m } },
            { "odd rate, margin, 84 months", seed with { AnnualRatePercent = 7.37m, LessorMarginCoefficient = 1.0725m, TermMonths = 84, ResidualValue = 2_150.5m } },
            { "12 months, no service", seed with { TermMonths = 12, Services = [] } },
            { "services per month and per km, excess km", seed with
                {
                    Services = [IncludedService.PerMonth("Assurance", 31.333m), IncludedService.PerKm("Pneumatiques", 0.02m)],
                    ExcessKmPrice = 0.0815m, AnnualMileageKm = 27_500,
                } },
            { "expensive car", seed with { VehiclePrice = 1_250_000.99m, ResidualValue = 400_000m, AnnualRatePercent = 29.99m, TermMonths = 60 } },
        };
    }

    [Theory]
    [MemberData(nameof(Offers))]
    public void The_hand_written_answer_is_the_serialisers_answer(string offer, PricingRequest request)
    {
        var outcome = PricingOutcome.From(PricingEngine.Price(request));

        using var json = PricingOutcomeJson.Write(outcome);

        var expected = JsonSerializer.Serialize(outcome, PricingJsonContext.Default.PricingOutcome);
        Assert.True(expected.Length > 1000, offer);
        Assert.Equal(expected, Encoding.UTF8.GetString(json.Written.Span));
    }
}
