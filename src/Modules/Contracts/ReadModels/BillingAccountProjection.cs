using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Marten.Events.Aggregation;

namespace Leasing.Contracts.ReadModels;

/// <summary>
/// Inline, from the contract's stream: the lean view the billing run reads a thousand at a time (see
/// <see cref="BillingAccount"/>), changed in the same transaction as the contract events that change billing.
/// </summary>
public sealed partial class BillingAccountProjection : SingleStreamProjection<BillingAccount, Guid>
{
    public static BillingAccount Create(ContractOpened e) => new()
    {
        Id = e.ContractId, ContractNumber = e.Number, QuoteId = e.QuoteId, CustomerName = e.Customer.Name, CompanyId = e.Customer.CompanyId,
        CustomerType = e.Customer.Type, Basis = e.Terms.Basis, FirstPaymentQuoted = e.Terms.FirstPayment, DeliveryFeeExcludingVat = e.Terms.DeliveryFeeExcludingVat,
        Rents = [new RentVersion(DateOnly.MinValue, e.Figures.Rent.In(e.Terms.Basis), e.Figures.Services.In(e.Terms.Basis))],
    };

    public static BillingAccount Apply(FinancingConditionsMet e, BillingAccount account) => account with
    {
        FirstPaymentQuoted = e.Terms.FirstPayment,
        Rents = [new RentVersion(DateOnly.MinValue, e.Figures.Rent.In(e.Terms.Basis), e.Figures.Services.In(e.Terms.Basis))],
    };

    public static BillingAccount Apply(BillingDetailsRecorded e, BillingAccount account) => account with
    {
        MandateReference = e.Details.MandateReference, BillingAddress = $"{e.Details.AddressLine}, {e.Details.PostalCode} {e.Details.City}",
    };

    public static BillingAccount Apply(VehicleHandedOver e, BillingAccount account) => account with
    {
        Active = true, StartsOn = e.DeliveredOn, EndsOn = e.EndsOn,
        Rents = account.Rents.Select((r, i) => i == 0 ? r with { EffectiveFrom = e.DeliveredOn } : r).ToList(),
    };

    public static BillingAccount Apply(AmendmentAccepted e, BillingAccount account) => account with
    {
        EndsOn = e.EndsOn,
        Rents = [.. account.Rents.Where(r => r.EffectiveFrom < e.EffectiveFrom),
            new RentVersion(e.EffectiveFrom, e.Figures.Rent.In(e.Terms.Basis), e.Figures.Services.In(e.Terms.Basis))],
    };

    public static BillingAccount Apply(EarlyTerminationRecorded e, BillingAccount account) => account with { Active = false, StopsOn = e.TerminatedOn };

    public static BillingAccount Apply(ReturnInspected e, BillingAccount account) => account with { Active = false, StopsOn = e.ReturnedOn };

    public static BillingAccount Apply(VehicleSold e, BillingAccount account) => account with { Active = false, StopsOn = account.EndsOn };
}
