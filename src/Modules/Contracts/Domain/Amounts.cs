using Leasing.Kernel.Monetary;
using Leasing.Offers.IntegrationEvents;

namespace Leasing.Contracts.Domain;

/// <summary>
/// An amount in both VAT bases. The basis the customer is quoted in is authoritative and the other one is derived with
/// the Offers engine's VAT rule, each converted figure rounded to the cent once; VAT is the difference, so every line
/// adds up exactly (HT + TVA = TTC).
/// </summary>
public sealed record VatAmounts(decimal ExcludingVat, decimal Vat, decimal IncludingVat)
{
    public static readonly VatAmounts Zero = new(0m, 0m, 0m);

    public static VatAmounts FromQuoted(decimal amount, VatBasis basis)
    {
        var quoted = MoneyRounding.ToCent(amount);
        return basis == VatBasis.IncludingVat
            ? Of(ContractPricing.ExcludingVat(quoted), quoted)
            : Of(quoted, ContractPricing.IncludingVat(quoted));
    }

    /// <summary>An amount the lessor sets excluding VAT (fees, damage prices): HT is authoritative whatever the customer.</summary>
    public static VatAmounts FromExcludingVat(decimal amount)
    {
        var ht = MoneyRounding.ToCent(amount);
        return Of(ht, ContractPricing.IncludingVat(ht));
    }

    /// <summary>The figure in the customer's basis (what they were quoted and what they read first on an invoice).</summary>
    public decimal In(VatBasis basis) => basis == VatBasis.IncludingVat ? IncludingVat : ExcludingVat;

    public VatAmounts Negate() => new(-ExcludingVat, -Vat, -IncludingVat);

    public static VatAmounts operator +(VatAmounts left, VatAmounts right) =>
        new(left.ExcludingVat + right.ExcludingVat, left.Vat + right.Vat, left.IncludingVat + right.IncludingVat);

    public static VatAmounts Sum(IEnumerable<VatAmounts> amounts) => amounts.Aggregate(Zero, (total, next) => total + next);

    private static VatAmounts Of(decimal ht, decimal ttc) => new(ht, ttc - ht, ttc);
}
