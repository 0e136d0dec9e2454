using Leasing.Claims.Domain;
using Leasing.Kernel.Monetary;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Claims.Features;

/// <param name="Amount">Excluding VAT.</param>
public sealed record RecordClaimInvoice(string? Kind, string? Supplier, string? Number, decimal? Amount, long? ExpectedVersion);

/// <summary>
/// An invoice received on the claim (garage, towing, assistance, expert, storage, replacement rental). A garage's
/// invoices may not exceed the authorised amount: more work needs a new quote and its authorisation.
/// </summary>
public static class RecordClaimInvoiceEndpoint
{
    public static ProblemDetails Validate(RecordClaimInvoice command)
    {
        var errors = new FieldErrors().ExpectedVersion(command.ExpectedVersion);
        errors.Enum<InvoiceKind>(command.Kind, "kind", required: true);
        return errors.Required(command.Supplier, "supplier").Required(command.Number, "number")
            .Required(command.Amount, "amount").When(command.Amount <= 0m, "amount", "Must be more than zero (a credit note is not an invoice).")
            .ToProblem();
    }

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/invoices", Name = "RecordClaimInvoice")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, RecordClaimInvoice command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, claim => Decide(claim, command, clock.GetUtcNow()), cancellation);

    public static ClaimDecision Decide(Claim claim, RecordClaimInvoice command, DateTimeOffset now)
    {
        if (!claim.IsOpen) return ClaimProblems.NotAllowed(claim, ClaimAction.RecordInvoice, "The claim is closed.");
        var kind = Enum.Parse<InvoiceKind>(command.Kind!, ignoreCase: true);
        var amount = MoneyRounding.ToCent(command.Amount!.Value);
        var supplier = command.Supplier!.Trim();
        var number = command.Number!.Trim();
        if (claim.Invoices.Any(i => string.Equals(i.Supplier, supplier, StringComparison.OrdinalIgnoreCase) && string.Equals(i.Number, number, StringComparison.OrdinalIgnoreCase)))
            return Problems.Field("number", $"Invoice {number} of {supplier} is already recorded on this claim.");
        if (kind == InvoiceKind.Repair)
        {
            if (claim.Repair?.AuthorisedAmount is not { } authorised) return Problems.Field("kind", "No repair is authorised on this claim.");
            var total = claim.Ledger.RepairInvoiced + amount;
            if (total > authorised)
                return Problems.Field("amount", $"Repair invoices would reach {total:0.00} €, above the {authorised:0.00} € authorised: have the extra work quoted and authorised.");
        }
        return ClaimDecision.Append(new InvoiceReceived(claim.Id, new ClaimInvoice(Guid.CreateVersion7(), kind, supplier, number, amount, now)));
    }
}
