using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;

namespace Leasing.Billing.Bench;

/// <summary>
/// The billing data of N active contracts, as the contract streams would have projected them: delivered on 1 November
/// 2026, billed through November, so December's run issues one whole-month invoice each. A fixed seed, so every run
/// bills the same contracts: individuals (TTC) and businesses (HT), rents from 250 to 900 €, some with services.
/// </summary>
public static class BenchContracts
{
    public static readonly DateOnly DeliveredOn = new(2026, 11, 1);

    public static (List<BillingAccount> Accounts, List<BillingCursor> Cursors) Build(int count, DateOnly nextPeriodStart, DateOnly? endsOn = null, int seed = 2026)
    {
        var random = new Random(seed);
        var accounts = new List<BillingAccount>(count);
        var cursors = new List<BillingCursor>(count);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7();
            var business = i % 3 == 0;
            var rent = Math.Round(250m + (decimal)random.NextDouble() * 650m, 2);
            accounts.Add(new BillingAccount
            {
                Id = id, ContractNumber = $"CT-2026-{i + 1:000000}", QuoteId = Guid.CreateVersion7(), CustomerName = business ? $"Société {i}" : $"Client {i}",
                CompanyId = business ? $"SIREN-{i:000000000}" : null, CustomerType = business ? CustomerType.Business : CustomerType.Individual,
                Basis = business ? VatBasis.ExcludingVat : VatBasis.IncludingVat, Active = true, StartsOn = DeliveredOn,
                EndsOn = endsOn ?? DeliveredOn.AddMonths(36).AddDays(-1), DeliveryFeeExcludingVat = 250m,
                Rents = [new RentVersion(DeliveredOn, rent, i % 2 == 0 ? 40m : 0m)], MandateReference = $"RUM-{i:000000}",
                BillingAddress = $"{i} rue de la République, 69002 Lyon",
            });
            cursors.Add(new BillingCursor { Id = id, NextPeriodStart = nextPeriodStart });
        }
        return (accounts, cursors);
    }
}
