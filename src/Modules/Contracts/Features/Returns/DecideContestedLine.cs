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

namespace Leasing.Contracts.Features.Returns;

/// <summary>
/// A contested line is decided: maintained (a line held off the final invoice goes on a supplementary invoice) or waived
/// (a line already invoiced is credited). Once no contest waits and the 14 days are over, the file closes.
/// </summary>
public sealed record DecideContestedLine(Guid? LineId, bool Maintained, string? Note, long? ExpectedVersion);

public static class DecideContestedLineEndpoint
{
    public static ProblemDetails Validate(DecideContestedLine command) => new FieldErrors().Required(command.LineId, "lineId")
        .When(!command.Maintained && string.IsNullOrWhiteSpace(command.Note), "note", "Say why the line is waived.")
        .ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/return/contest-decisions", Name = "DecideContestedLine")]
    [Tags("Contracts")]
    public static async Task<IResult> Post(Guid id, DecideContestedLine command, IDocumentSession session, IMessageBus bus, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellation)
    {
        var account = await session.LoadAsync<BillingAccount>(id, cancellation);
        return await ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value,
            contract => Decide(command, contract, account!, user.NameOf(), clock.Today(), clock.GetUtcNow()), cancellation);
    }

    public static ContractChange Decide(DecideContestedLine command, Contract contract, BillingAccount account, string by, DateOnly today, DateTimeOffset now)
    {
        var contest = contract.ContestedLines.FirstOrDefault(c => c.LineId == command.LineId && c.State == ContestState.Pending);
        if (contract.Status != ContractStatus.Returned || contest is null)
            return ContractChange.Refuse(Problems.Field("lineId", "No contested line waits for a decision with this id."));
        var damage = contract.Return!.Assessment.Damages.Single(d => d.LineId == contest.LineId);
        var line = new InvoiceLine(InvoiceLineKind.Damage, ReturnInputs.Describe(damage), VatAmounts.FromExcludingVat(damage.PriceExcludingVat),
            Reference: damage.LineId.ToString());
        InvoiceDraft? draft = (command.Maintained, contest.HeldOutOfFinalInvoice) switch
        {
            (true, true) => new InvoiceDraft(TypedIds.NewGuid(), InvoiceKind.Supplementary, [line], CorrectsInvoiceId: contract.Return.FinalInvoiceId),
            (false, false) => new InvoiceDraft(TypedIds.NewGuid(), InvoiceKind.CreditNote,
                [line with { Label = "Avoir " + line.Label, Amounts = line.Amounts.Negate() }], CorrectsInvoiceId: contract.Return.FinalInvoiceId),
            _ => null,
        };
        var resolved = new TaskResolved(contest.TaskId, contract.Id, TaskKind.ContestedLine, command.Maintained ? "Maintained" : "Waived", now);
        var change = ContractChange.Append(new ContestedLineDecided(contract.Id, contest.LineId, command.Maintained, command.Note?.Trim(), draft?.InvoiceId, now),
                resolved)
            .Publish(IntegrationMessages.TaskClosed(resolved, by));
        if (draft is not null) change = change.Issue(account, today, now, draft);
        var othersPending = contract.ContestedLines.Any(c => c.State == ContestState.Pending && c.LineId != contest.LineId);
        if (!othersPending && today > contract.Return.ReturnedOn.AddDays(RecordReturnInspectionEndpoint.ContestDays))
            change = change.With(new ContractFileClosed(contract.Id, ClosingOutcome.Returned, today, now))
                .Publish(IntegrationMessages.Closed(contract, ClosingOutcome.Returned, today, now));
        return change;
    }
}
