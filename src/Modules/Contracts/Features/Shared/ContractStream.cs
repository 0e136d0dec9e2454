using Leasing.Contracts.Domain;
using Leasing.Kernel.EventSourcing;
using Marten;
using Microsoft.AspNetCore.Http;
using Wolverine;

namespace Leasing.Contracts.Features.Shared;

/// <summary>
/// Appends a decision to a contract's stream at the version the caller saw (409 when stale, before anything is decided;
/// Marten re-checks at commit), then enrols its messages, timers and documents in the same transaction (Wolverine's outbox).
/// </summary>
public static class ContractStream
{
    public static async Task<IResult> AppendAsync(IDocumentSession session, IMessageBus bus, Guid id, long expectedVersion,
        Func<Contract, ContractChange> decide, CancellationToken cancellation)
    {
        ContractChange? change = null;
        var result = await VersionedStream.AppendAsync<Contract>(session, id, expectedVersion, "Contract", contract =>
        {
            change = decide(contract);
            return change.Refusal is not null ? Decision.Refuse(change.Refusal) : Decision.Append(change.Events.ToArray());
        }, cancellation);
        if (change is { Refusal: null }) await CarryOutAsync(session, bus, change, cancellation);
        return result;
    }

    /// <summary>The outgoing part of a change: for handlers that appended its events themselves.</summary>
    public static async Task CarryOutAsync(IDocumentSession session, IMessageBus bus, ContractChange change, CancellationToken cancellation)
    {
        if (change.Documents.Count > 0) session.StoreObjects(change.Documents);
        var numbers = change.Invoices is { } invoices
            ? await Billing.InvoiceIssuer.IssueAsync(session, invoices.Account, invoices.Drafts, invoices.IssuedOn, invoices.At, cancellation)
            : new Dictionary<Guid, string>();
        foreach (var message in change.NumberedMessages) await bus.PublishAsync(message(numbers));
        foreach (var message in change.Messages) await bus.PublishAsync(message);
        foreach (var timer in change.Timers) await bus.ScheduleAsync(timer.Message, timer.At);
    }
}
