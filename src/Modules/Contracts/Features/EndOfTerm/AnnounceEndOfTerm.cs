using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Time;
using Marten;
using Wolverine;
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.EndOfTerm;

/// <summary>The end-of-term timer of a contract ending on <see cref="EndsOn"/>: due six months before, at midnight Paris time.</summary>
public sealed record AnnounceEndOfTerm(Guid ContractId, DateOnly EndsOn)
{
    public const int MonthsBefore = 6;

    public static AnnounceEndOfTerm For(Guid contractId, DateOnly endsOn) => new(contractId, endsOn);

    public static DateTimeOffset DueAt(DateOnly endsOn) => ContractTimes.StartOf(endsOn.AddMonths(-MonthsBefore));
}

public static class AnnounceEndOfTermHandler
{
    /// <summary>
    /// Announces the end of term (Loyalty and the customer journey act on it) and opens the task to ask the customer:
    /// return, buy (LOA) or renew. Does nothing when the contract moved on: amended to another end, ended, or announced.
    /// </summary>
    public static async Task Handle(AnnounceEndOfTerm timer, IDocumentSession session, IMessageBus bus, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Contract>(timer.ContractId, cancellation);
        if (stream.Aggregate is not { Status: ContractStatus.Active } contract || contract.EndsOn != timer.EndsOn
            || contract.EndOfTermAnnouncedOn is not null) return;
        if (clock.GetUtcNow() < AnnounceEndOfTerm.DueAt(timer.EndsOn)) return;

        var now = clock.GetUtcNow();
        var choices = contract.Product == Product.Loa ? new[] { "Return", "Buy", "Renew" } : ["Return", "Renew"];
        var task = TaskRoles.Open(TypedIds.NewGuid(), contract.Id, contract.Number, TaskKind.EndOfTermChoice,
            $"Fin de contrat le {timer.EndsOn:dd/MM/yyyy} : demander au client {(contract.Product == Product.Loa ? "restitution, achat ou renouvellement" : "restitution ou renouvellement")}",
            clock.Today().AddMonths(1), contract.CompanyId, contract.Id, now);
        session.LastModifiedBy = "system:end-of-term";
        stream.AppendMany(new EndOfTermAnnounced(contract.Id, timer.EndsOn, task.TaskId, now), task);
        await bus.PublishAsync(new Integration.EndOfTermApproaching(contract.Id, contract.Number, contract.QuoteId, contract.LeadId,
            IntegrationMessages.ProductName(contract.Product), contract.Customer.Type.ToString(), contract.CustomerName, contract.CompanyId,
            contract.Registration ?? "", contract.Vehicle.Make, contract.Vehicle.Model, timer.EndsOn, contract.LastOdometerKm, contract.Terms.ContractMileageKm,
            contract.Product == Product.Loa ? contract.Figures.PurchaseOptionPriceQuoted is { } price
                ? VatAmounts.FromQuoted(price, contract.Terms.Basis).IncludingVat : null : null,
            choices, task.TaskId, now));
        await bus.PublishAsync(IntegrationMessages.TaskOpened(task));
    }
}
