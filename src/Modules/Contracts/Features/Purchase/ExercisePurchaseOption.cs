using System.Security.Claims;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.Features.Billing;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Purchase;

/// <summary>
/// The LOA customer buys the vehicle at the term, at the purchase-option price fixed at signature: a sale invoice (with
/// the rent days not billed yet, if any), no excess-km charge (the car is theirs), billing stops, the file closes.
/// </summary>
public sealed record ExercisePurchaseOption(long? ExpectedVersion);

public static class ExercisePurchaseOptionEndpoint
{
    /// <summary>The option is exercised from the contract's last day, and at the latest this many days after it.</summary>
    public const int DaysAfterEndToExercise = 60;

    public static ProblemDetails Validate(ExercisePurchaseOption command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/purchase", Name = "ExercisePurchaseOption")]
    [Tags("Contracts")]
    public static async Task<IResult> Post(Guid id, ExercisePurchaseOption command, IDocumentSession session, IMessageBus bus, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellation)
    {
        var account = await session.LoadAsync<BillingAccount>(id, cancellation);
        var cursor = await session.LoadAsync<BillingCursor>(id, cancellation);
        return await ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract => account is null || cursor is null
            ? ContractChange.Refuse(ContractProblems.WrongStatus(contract, "bought", ContractStatus.Active))
            : Decide(contract, account, cursor, user.NameOf(), clock.Today(), clock.GetUtcNow()), cancellation);
    }

    public static ContractChange Decide(Contract contract, BillingAccount account, BillingCursor cursor, string by, DateOnly today, DateTimeOffset now)
    {
        if (contract.Product != Product.Loa) return ContractChange.Refuse(ContractProblems.State("Only an LOA carries a purchase option."));
        if (contract.Status != ContractStatus.Active) return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "bought", ContractStatus.Active));
        var endsOn = contract.EndsOn!.Value;
        if (today < endsOn || today > endsOn.AddDays(DaysAfterEndToExercise))
            return ContractChange.Refuse(ContractProblems.State("The purchase option is exercised at the term.",
                $"From {endsOn:yyyy-MM-dd} to {endsOn.AddDays(DaysAfterEndToExercise):yyyy-MM-dd}."));

        var price = VatAmounts.FromQuoted(contract.Figures.PurchaseOptionPriceQuoted ?? contract.Terms.ResidualValue, contract.Terms.Basis);
        var lines = new List<InvoiceLine>();
        if (cursor.NextPeriodStart <= endsOn) lines.AddRange(RentInvoicing.RemainingDays(account, cursor.NextPeriodStart, endsOn));
        lines.Add(new InvoiceLine(InvoiceLineKind.VehicleSale,
            $"Vente du véhicule {contract.Vehicle.Description} {contract.Registration} — levée de l'option d'achat", price));
        var invoiceId = TypedIds.NewGuid();
        var change = ContractChange.Append(new VehicleSold(contract.Id, today, price, invoiceId, now))
            .Store(cursor with { NextPeriodStart = BillingCursor.Done })
            .Issue(account, today, now, new InvoiceDraft(invoiceId, InvoiceKind.Sale, lines))
            .PublishNumbered(numbers => new Integration.PurchaseOptionExercised(contract.Id, contract.Number, contract.QuoteId, contract.LeadId,
                contract.CustomerName, contract.Registration ?? "", contract.Vin, today, price.ExcludingVat, price.IncludingVat, numbers[invoiceId], now));
        foreach (var task in contract.OpenTasks)
        {
            var resolved = new TaskResolved(task.TaskId, contract.Id, task.Kind, "VehiclePurchased", now);
            change = change.With(resolved).Publish(IntegrationMessages.TaskClosed(resolved, by));
        }
        return change.With(new ContractFileClosed(contract.Id, ClosingOutcome.Purchased, today, now))
            .Publish(IntegrationMessages.Closed(contract, ClosingOutcome.Purchased, today, now));
    }
}
