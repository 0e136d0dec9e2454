using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Features.Billing;
using Microsoft.AspNetCore.Mvc;

namespace Leasing.Contracts.Features.Shared;

public sealed record ScheduledMessage(object Message, DateTimeOffset At);

/// <summary>Invoices a change issues: numbered when the change is carried out (never for a refused command: no number is lost).</summary>
public sealed record InvoicesToIssue(BillingAccount Account, IReadOnlyList<InvoiceDraft> Drafts, DateOnly IssuedOn, DateTimeOffset At);

/// <summary>
/// What a command decides on a contract: the events to append, and what goes out with them once they are stored
/// (integration events, durable timers, documents); or a refusal. Built by static decide functions, carried out by
/// <see cref="ContractStream"/>.
/// </summary>
public sealed record ContractChange(IReadOnlyList<object> Events, IReadOnlyList<object> Messages, IReadOnlyList<ScheduledMessage> Timers,
    IReadOnlyList<object> Documents, ProblemDetails? Refusal)
{
    public static ContractChange Append(params object[] events) => new(events, [], [], [], null);

    public static ContractChange Refuse(ProblemDetails problem) => new([], [], [], [], problem);

    public ContractChange With(params object[] events) => this with { Events = [.. Events, .. events] };

    public ContractChange Publish(params object[] messages) => this with { Messages = [.. Messages, .. messages] };

    public ContractChange Schedule(object message, DateTimeOffset at) => this with { Timers = [.. Timers, new ScheduledMessage(message, at)] };

    public ContractChange Store(params object[] documents) => this with { Documents = [.. Documents, .. documents] };

    public InvoicesToIssue? Invoices { get; init; }

    /// <summary>Messages that name an invoice number, built once the numbers are known.</summary>
    public IReadOnlyList<Func<IReadOnlyDictionary<Guid, string>, object>> NumberedMessages { get; init; } = [];

    public ContractChange Issue(BillingAccount account, DateOnly issuedOn, DateTimeOffset at, params InvoiceDraft[] drafts) =>
        drafts.Length == 0 ? this : this with
        {
            Invoices = new InvoicesToIssue(account, [.. Invoices?.Drafts ?? [], .. drafts], issuedOn, at),
        };

    public ContractChange PublishNumbered(Func<IReadOnlyDictionary<Guid, string>, object> message) =>
        this with { NumberedMessages = [.. NumberedMessages, message] };
}
