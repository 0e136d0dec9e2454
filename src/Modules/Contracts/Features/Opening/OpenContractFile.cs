using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Time;
using Marten;
using Wolverine;
using Integration = Leasing.Contracts.IntegrationEvents;
using OffersEvents = Leasing.Offers.IntegrationEvents;

namespace Leasing.Contracts.Features.Opening;

/// <summary>
/// An accepted offer opens a contract file (the financing study starts). The contract's id is derived from the quote's,
/// so a redelivered <c>QuoteAccepted</c> finds the file already open and does nothing.
/// </summary>
public static class QuoteAcceptedHandler
{
    /// <summary>A consumer credit offer (consumer LOA) is held 15 days: the contract must be signed within them.</summary>
    public const int ConsumerOfferHoldDays = 15;

    public static Guid ContractIdFor(Guid quoteId) => InvoiceIds.NameBased($"contract:{quoteId:N}");

    public static async Task Handle(OffersEvents.QuoteAccepted accepted, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation)
    {
        var id = ContractIdFor(accepted.QuoteId);
        if (await session.Events.FetchStreamStateAsync(id, cancellation) is not null) return;

        var settings = await SettingsStore.LoadAsync(session, cancellation);
        var today = clock.Today();
        var opened = Opened(accepted, id, await ContractNumbers.NextAsync(session, today, cancellation), settings.Fees, today, clock.GetUtcNow());
        session.LastModifiedBy = "system:offers";
        session.Events.StartStream<Contract>(id, opened);
        await bus.PublishAsync(new Integration.ContractFileOpened(id, opened.Number, accepted.QuoteId, accepted.QuoteNumber, accepted.LeadId,
            IntegrationMessages.ProductName(opened.Terms.Product), opened.Customer.Type.ToString(), opened.Customer.Name, opened.Customer.CompanyId,
            opened.Vehicle.Make, opened.Vehicle.Model, opened.Terms.TermMonths, opened.Terms.AnnualMileageKm,
            opened.Figures.Total.ExcludingVat, opened.Figures.Total.IncludingVat, opened.At));
    }

    public static ContractOpened Opened(OffersEvents.QuoteAccepted accepted, Guid id, string number, FeeSchedule fees, DateOnly today, DateTimeOffset now)
    {
        var customerType = Enum.Parse<CustomerType>(accepted.Customer.CustomerType, ignoreCase: true);
        var t = accepted.Terms;
        var terms = new ContractTerms(Enum.Parse<Product>(t.Product, ignoreCase: true), customerType, t.VehiclePrice, t.FirstPayment, t.TermMonths,
            t.AnnualMileageKm, t.ResidualValue, t.AnnualRatePercent, t.LessorMarginCoefficient, t.PaymentTiming, t.ServiceRatePerKm,
            t.ServiceRatePerMonth, t.ExcessKmPrice, fees.DeliveryFeeExcludingVat, fees.ReturnFeeExcludingVat);
        // The figures the customer accepted, in the basis they were quoted in (the other basis is derived the Offers way).
        var a = accepted.Amounts;
        var ttc = terms.Basis == VatBasis.IncludingVat;
        var figures = new RentFigures(VatAmounts.FromQuoted(ttc ? a.MonthlyRentIncludingVat : a.MonthlyRentExcludingVat, terms.Basis),
            VatAmounts.FromQuoted(ttc ? a.MonthlyServicesIncludingVat : a.MonthlyServicesExcludingVat, terms.Basis), a.PurchaseOptionPrice,
            t.ExcessKmPrice);
        var customer = new ContractCustomer(accepted.Customer.Name, customerType, accepted.Customer.Email, accepted.Customer.Phone,
            string.IsNullOrWhiteSpace(accepted.Customer.CompanyId) ? null : accepted.Customer.CompanyId.Trim());
        var vehicle = new ContractVehicle(accepted.Vehicle.Make, accepted.Vehicle.Model, accepted.Vehicle.Version, accepted.Vehicle.Energy,
            accepted.Vehicle.Co2GramsPerKm);
        DateOnly? heldUntil = terms.IsConsumerCredit ? today.AddDays(ConsumerOfferHoldDays) : null;
        return new ContractOpened(id, number, accepted.QuoteId, accepted.QuoteNumber, accepted.LeadId, customer, vehicle, terms, figures,
            accepted.Amounts.AmountFinanced, heldUntil, ServicePackage.DefaultFor(t.ServiceRatePerKm), accepted.AcceptedBy, now);
    }
}
