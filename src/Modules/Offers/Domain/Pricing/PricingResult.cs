namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// A priced offer. Top-level amounts are in the quoted basis (<see cref="QuotedBasis"/>: TTC for an
/// individual, HT for a business) and rounded to the cent; <see cref="ExcludingVat"/> and
/// <see cref="IncludingVat"/> show the same quote in both bases.
/// </summary>
public sealed record PricingResult
{
    public required LeaseProduct Product { get; init; }
    public required CustomerType CustomerType { get; init; }
    public required VatBasis QuotedBasis { get; init; }

    /// <summary>Financial rent (annuity × lessor margin coefficient), without services.</summary>
    public required decimal MonthlyRent { get; init; }
    public required IReadOnlyList<ServiceCharge> Services { get; init; }
    public required decimal MonthlyServiceCharge { get; init; }
    public required decimal MonthlyTotal { get; init; }

    public required decimal FirstPayment { get; init; }

    /// <summary>What the rents actually repay: capitalised value − first payment − residual value (seed: 12 000 €).</summary>
    public required decimal AmountFinanced { get; init; }

    /// <summary>n rents, plus one when a first payment is made (seed: 36, or 37 with an apport).</summary>
    public required int NumberOfPayments { get; init; }

    /// <summary>First payment + n × monthly total.</summary>
    public required decimal TotalCost { get; init; }

    /// <summary>LOA only: the buy-out price, which is the residual value fixed at signature. Null for LLD.</summary>
    public required decimal? PurchaseOptionPrice { get; init; }
    public required decimal? TotalCostIfOptionExercised { get; init; }

    public required decimal ExcessKmPrice { get; init; }

    /// <summary>Mileage allowance over the whole contract; beyond it each km costs <see cref="ExcessKmPrice"/>.</summary>
    public required decimal ContractMileageKm { get; init; }

    public required PricingAmounts ExcludingVat { get; init; }
    public required PricingAmounts IncludingVat { get; init; }

    public required AmortisationSchedule Schedule { get; init; }
}
