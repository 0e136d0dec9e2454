using System.Security.Claims;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Domain.Tasks;
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

namespace Leasing.Contracts.Features.Payments;

/// <summary>
/// A payment received against an invoice, TTC, with its reference (a SEPA direct debit's end-to-end id). Partial payments
/// add up; more than the balance is refused. A fully paid invoice closes its open dunning task.
/// </summary>
public sealed record RecordPayment(decimal? Amount, DateOnly? PaidOn, string? Method, string? Reference, long? ExpectedVersion);

public static class RecordPaymentEndpoint
{
    public static ProblemDetails Validate(RecordPayment command)
    {
        var errors = new FieldErrors().Required(command.Amount, "amount").When(command.Amount <= 0m, "amount", "Must be greater than zero.")
            .When(command.Amount is { } amount && amount != Math.Round(amount, 2), "amount", "At most two decimals.")
            .Required(command.Reference, "reference").When(command.Reference?.Length > 35, "reference", "A SEPA reference has at most 35 characters.");
        errors.Enum<PaymentMethod>(command.Method, "method", required: true);
        return errors.ExpectedVersion(command.ExpectedVersion).ToProblem();
    }

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/invoices/{id}/payments", Name = "RecordPayment")]
    [Tags("Billing")]
    public static async Task<IResult> Post(Guid id, RecordPayment command, IDocumentSession session, IMessageBus bus, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        DunningTaskClosed? resolved = null;
        var result = await VersionedStream.AppendAsync<Invoice>(session, id, command.ExpectedVersion!.Value, "Invoice", invoice =>
        {
            if (invoice.Kind == InvoiceKind.CreditNote) return Decision.Refuse(Problems.Field("amount", "A credit note is not paid."));
            var paidOn = command.PaidOn ?? clock.Today();
            if (paidOn > clock.Today()) return Decision.Refuse(Problems.Field("paidOn", "Cannot be in the future."));
            if (command.Amount > invoice.Balance)
                return Decision.Refuse(Problems.Field("amount", $"The balance of invoice {invoice.Number} is {invoice.Balance:0.00} €."));
            var payment = new PaymentRecorded(id, TypedIds.NewGuid(), command.Amount!.Value, paidOn, Enum.Parse<PaymentMethod>(command.Method!, true),
                command.Reference!.Trim(), now);
            if (command.Amount != invoice.Balance || invoice.OpenDunningTaskId is not { } task) return Decision.Append(payment);
            resolved = new DunningTaskClosed(id, invoice.ContractId, task, "Paid", now);
            return Decision.Append(payment, resolved);
        }, cancellation);
        if (resolved is not null)
            await bus.PublishAsync(new Leasing.Contracts.IntegrationEvents.ContractTaskClosed(resolved.TaskId, resolved.ContractId, nameof(TaskKind.Dunning),
                resolved.Outcome, user.NameOf(), now));
        return result;
    }
}
