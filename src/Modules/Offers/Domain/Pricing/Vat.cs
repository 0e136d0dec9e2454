using Leasing.Kernel.Monetary;

namespace Leasing.Offers.Domain.Pricing;

public enum VatBasis
{
    /// <summary>HT, hors taxes.</summary>
    ExcludingVat,
    /// <summary>TTC, toutes taxes comprises.</summary>
    IncludingVat,
}

/// <summary>
/// French VAT on rents, services and the vehicle: 20 %.
/// Decision: the prices a user types are in the basis the customer is quoted in. For an
/// <see cref="CustomerType.Individual"/> they are TTC and HT = TTC / 1.2; for a
/// <see cref="CustomerType.Business"/> they are HT and TTC = HT × 1.2. The annuity runs on the
/// amounts as typed, so the quoted basis matches the seed to the cent (429.06 € TTC for an
/// individual); the other basis is derived from the rounded quoted amounts, each converted figure
/// rounded to the cent with the product's one rounding rule.
/// </summary>
public static class Vat
{
    public const decimal Rate = 0.20m;

    public static VatBasis QuotedBasisOf(CustomerType customerType) =>
        customerType == CustomerType.Business ? VatBasis.ExcludingVat : VatBasis.IncludingVat;

    public static decimal ExcludingVat(decimal amountIncludingVat) => MoneyRounding.ToCent(amountIncludingVat / (1m + Rate));

    public static decimal IncludingVat(decimal amountExcludingVat) => MoneyRounding.ToCent(amountExcludingVat * (1m + Rate));

    public static decimal Convert(decimal amount, VatBasis from, VatBasis to) =>
        from == to ? amount
        : to == VatBasis.ExcludingVat ? ExcludingVat(amount)
        : IncludingVat(amount);
}
