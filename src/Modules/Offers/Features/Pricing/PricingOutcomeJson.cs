using Leasing.Kernel.Json;
using Leasing.Offers.Domain.Pricing;

namespace Leasing.Offers.Features.Pricing;

/// <summary>
/// The simulator's answer written by hand: the same bytes as <see cref="PricingJsonContext"/> writes for a
/// <see cref="PricingOutcome"/> (a test compares both on a range of offers, so a property added to the outcome and not
/// here fails it). Through the serialiser, formatting the ~250 amounts of a 36-month schedule was its largest cost;
/// from the decimals' own digits behind constant property names the answer takes well under half the time.
/// </summary>
public static class PricingOutcomeJson
{
    public static Utf8JsonText Write(PricingOutcome outcome)
    {
        var json = new Utf8JsonText(1024 + 120 * outcome.Schedule.Count);
        json.Field("{\"product\":"u8, outcome.Product)
            .Field(",\"customerType\":"u8, outcome.CustomerType)
            .Field(",\"quotedBasis\":"u8, outcome.QuotedBasis)
            .Field(",\"monthlyRent\":"u8, outcome.MonthlyRent)
            .Field(",\"monthlyServiceCharge\":"u8, outcome.MonthlyServiceCharge)
            .Field(",\"monthlyTotal\":"u8, outcome.MonthlyTotal)
            .Field(",\"firstPayment\":"u8, outcome.FirstPayment)
            .Field(",\"amountFinanced\":"u8, outcome.AmountFinanced)
            .Field(",\"numberOfPayments\":"u8, outcome.NumberOfPayments)
            .Field(",\"totalCost\":"u8, outcome.TotalCost)
            .Field(",\"purchaseOptionPrice\":"u8, outcome.PurchaseOptionPrice)
            .Field(",\"totalCostIfOptionExercised\":"u8, outcome.TotalCostIfOptionExercised)
            .Field(",\"excessKmPrice\":"u8, outcome.ExcessKmPrice)
            .Field(",\"contractMileageKm\":"u8, outcome.ContractMileageKm)
            .Raw(",\"excludingVat\":"u8);
        WriteAmounts(json, outcome.ExcludingVat);
        json.Raw(",\"includingVat\":"u8);
        WriteAmounts(json, outcome.IncludingVat);
        json.Raw(",\"schedule\":["u8);
        for (var i = 0; i < outcome.Schedule.Count; i++)
        {
            var line = outcome.Schedule[i];
            json.Field(i == 0 ? "{\"month\":"u8 : "},{\"month\":"u8, line.Month)
                .Field(",\"openingBalance\":"u8, line.OpeningBalance)
                .Field(",\"payment\":"u8, line.Payment)
                .Field(",\"interest\":"u8, line.Interest)
                .Field(",\"principal\":"u8, line.Principal)
                .Field(",\"closingBalance\":"u8, line.ClosingBalance);
        }
        return json.Raw(outcome.Schedule.Count > 0 ? "}]}"u8 : "]}"u8);
    }

    private static void WriteAmounts(Utf8JsonText json, PricingAmounts amounts) => json
        .Field("{\"basis\":"u8, amounts.Basis.ToString())
        .Field(",\"vehiclePrice\":"u8, amounts.VehiclePrice)
        .Field(",\"firstPayment\":"u8, amounts.FirstPayment)
        .Field(",\"monthlyRent\":"u8, amounts.MonthlyRent)
        .Field(",\"monthlyServiceCharge\":"u8, amounts.MonthlyServiceCharge)
        .Field(",\"monthlyTotal\":"u8, amounts.MonthlyTotal)
        .Field(",\"totalCost\":"u8, amounts.TotalCost)
        .Field(",\"purchaseOptionPrice\":"u8, amounts.PurchaseOptionPrice)
        .Field(",\"totalCostIfOptionExercised\":"u8, amounts.TotalCostIfOptionExercised)
        .Field(",\"excessKmPrice\":"u8, amounts.ExcessKmPrice)
        .Raw("}"u8);
}
