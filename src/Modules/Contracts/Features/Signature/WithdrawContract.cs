using Leasing.Contracts.Domain;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
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

namespace Leasing.Contracts.Features.Signature;

/// <summary>
/// The consumer withdraws within the 14 days (no reason needed): the contract is cancelled and closed; nothing was
/// billed (billing starts at delivery, which comes after the period). After the last day it is a 409.
/// </summary>
public sealed record WithdrawContract(string? Reason, long? ExpectedVersion);

public static class WithdrawContractEndpoint
{
    public static ProblemDetails Validate(WithdrawContract command) =>
        new FieldErrors().When(command.Reason?.Length > 1000, "reason", "At most 1 000 characters.").ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/withdrawal", Name = "WithdrawContract")]
    [Tags("Contracts")]
    public static Task<IResult> Post(Guid id, WithdrawContract command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract => Decide(command, contract, clock.Today(), clock.GetUtcNow()),
            cancellation);

    public static ContractChange Decide(WithdrawContract command, Contract contract, DateOnly today, DateTimeOffset now)
    {
        if (contract.WithdrawalEndsOn is not { } lastDay)
            return ContractChange.Refuse(ContractProblems.State("This contract has no withdrawal period.",
                "Only a consumer LOA, or a consumer LLD signed at a distance, can be withdrawn."));
        if (contract.Status != ContractStatus.Signed || today > lastDay)
            return ContractChange.Refuse(ContractProblems.State("The withdrawal period is over.",
                $"It ran for 14 days from the signature on {contract.SignedOn:yyyy-MM-dd}, until {lastDay:yyyy-MM-dd} inclusive."));
        return ContractChange.Append(new ContractWithdrawalRecorded(contract.Id, today, command.Reason?.Trim(), now),
                new ContractFileClosed(contract.Id, ClosingOutcome.Withdrawn, today, now))
            .Publish(new Integration.ContractWithdrawn(contract.Id, contract.Number, contract.QuoteId, contract.LeadId, contract.SignedOn!.Value, today,
                command.Reason?.Trim(), now), IntegrationMessages.Closed(contract, ClosingOutcome.Withdrawn, today, now));
    }
}
