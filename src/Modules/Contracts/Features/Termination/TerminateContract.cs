using System.Security.Claims;
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

namespace Leasing.Contracts.Features.Termination;

/// <summary>
/// Records an early termination at the customer's request or for payment default, on a date up to today, with the
/// vehicle's value (its market value, or for a consumer LOA the net sale value of the returned vehicle), excluding VAT.
/// </summary>
public sealed record TerminateContract(DateOnly? On, string? Reason, decimal? VehicleValue, long? ExpectedVersion);

public static class TerminateContractEndpoint
{
    public static ProblemDetails Validate(TerminateContract command)
    {
        var errors = new FieldErrors().Required(command.On, "on").Required(command.VehicleValue, "vehicleValue")
            .When(command.VehicleValue < 0m, "vehicleValue", "Must not be negative.");
        var reason = errors.Enum<TerminationReason>(command.Reason, "reason", required: true);
        errors.When(reason is TerminationReason.TotalLoss or TerminationReason.Theft, "reason",
            "A total loss or theft is terminated by its claim (TerminateContractForTotalLoss), with the insurer's payout.");
        return errors.ExpectedVersion(command.ExpectedVersion).ToProblem();
    }

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/termination", Name = "TerminateContract")]
    [Tags("Contracts")]
    public static async Task<IResult> Post(Guid id, TerminateContract command, IDocumentSession session, IMessageBus bus, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellation)
    {
        var context = await SettlementContext.LoadAsync(session, id, cancellation);
        return await ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract =>
        {
            var errors = new FieldErrors().When(command.On > clock.Today(), "on", "A termination is recorded on or after its date.");
            if (QuoteSettlementEndpoint.CheckDate(contract, command.On!.Value, errors) is { } refusal) return ContractChange.Refuse(refusal);
            if (errors.Any) return ContractChange.Refuse(errors.ToProblem());
            if (context is null) return ContractChange.Refuse(ContractProblems.State("The contract has no billing yet."));
            if (contract.Terms.IsConsumerCredit && context.Input(contract, command.On.Value, 0m).D31218AnnualRatePercent is null)
                return ContractChange.Refuse(QuoteSettlementEndpoint.ReferenceRateMissing(contract));
            return ContractTermination.Decide(contract, context, command.On.Value, Enum.Parse<TerminationReason>(command.Reason!, true),
                command.VehicleValue!.Value, null, null, user.NameOf(), clock.Today(), clock.GetUtcNow());
        }, cancellation);
    }
}
