using System.Security.Claims;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Contracts.Features.EndOfTerm;

/// <summary>The customer's answer to the end-of-term question: return the vehicle, buy it (LOA only) or renew with a new offer.</summary>
public sealed record RecordEndOfTermChoice(string? Choice, string? Note, long? ExpectedVersion);

public static class RecordEndOfTermChoiceEndpoint
{
    public static ProblemDetails Validate(RecordEndOfTermChoice command)
    {
        var errors = new FieldErrors();
        errors.Enum<EndOfTermChoice>(command.Choice, "choice", required: true);
        return errors.ExpectedVersion(command.ExpectedVersion).ToProblem();
    }

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/end-of-term-choice", Name = "RecordEndOfTermChoice")]
    [Tags("Contracts")]
    public static Task<IResult> Post(Guid id, RecordEndOfTermChoice command, IDocumentSession session, IMessageBus bus, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract =>
        {
            if (contract.Status != ContractStatus.Active)
                return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "given an end-of-term choice", ContractStatus.Active));
            var choice = Enum.Parse<EndOfTermChoice>(command.Choice!, ignoreCase: true);
            if (choice == EndOfTermChoice.Buy && contract.Product != Product.Loa)
                return ContractChange.Refuse(Problems.Field("choice", "Only an LOA carries a purchase option."));
            var now = clock.GetUtcNow();
            var change = ContractChange.Append(new EndOfTermChoiceRecorded(contract.Id, choice, command.Note?.Trim(), now));
            if (contract.OpenTaskOf(TaskKind.EndOfTermChoice) is { } task)
            {
                var resolved = new TaskResolved(task.TaskId, contract.Id, task.Kind, choice.ToString(), now);
                change = change.With(resolved).Publish(IntegrationMessages.TaskClosed(resolved, user.NameOf()));
            }
            return change;
        }, cancellation);
}
