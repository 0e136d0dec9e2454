using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;

namespace Leasing.Contracts.Tests;

/// <summary>The seed's contract (seed 002): 24 800 € TTC, 36 months, 6 %, 12 000 km a year, 0,04 €/km, residual value 12 800 €.</summary>
internal static class Seed
{
    public static ContractTerms Terms(Product product = Product.Loa, CustomerType customer = CustomerType.Individual, decimal firstPayment = 0m) => new(
        product, customer, 24_800m, firstPayment, 36, 12_000, 12_800m, 6m, 1m, "Arrears", 0.04m, 0m, 0.06m, 250m, 150m);

    public static RentFigures Figures(VatBasis basis = VatBasis.IncludingVat) =>
        new(VatAmounts.FromQuoted(429.06m, basis), VatAmounts.FromQuoted(40m, basis), 12_800m, 0.06m);

    public static BillingAccount Account(DateOnly startsOn, VatBasis basis = VatBasis.IncludingVat, decimal firstPayment = 0m) => new()
    {
        Id = Guid.Parse("0193a1b2-0000-7000-8000-000000000001"), ContractNumber = "CT-2026-000001", CustomerName = "Claire Martin",
        CustomerType = basis == VatBasis.IncludingVat ? CustomerType.Individual : CustomerType.Business, CompanyId = basis == VatBasis.IncludingVat ? null : "552100554",
        Basis = basis, Active = true, StartsOn = startsOn, EndsOn = startsOn.AddMonths(36).AddDays(-1), FirstPaymentQuoted = firstPayment,
        DeliveryFeeExcludingVat = 250m, Rents = [new RentVersion(startsOn, 429.06m, 40m)], MandateReference = "RUM-1", BillingAddress = "12 rue X, 69002 Lyon",
    };
}
