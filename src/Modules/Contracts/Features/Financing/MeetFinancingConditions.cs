using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Financing;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Offers.IntegrationEvents;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Contracts.Features.Financing;

/// <summary>
/// The customer meets the approval's conditions: the guarantor's commitment is on file, and/or they pay the higher first
/// payment, which re-prices the rents with the Offers engine (a larger first payment lowers the amount the rents repay).
/// </summary>
public sealed record MeetFinancingConditions(string? GuarantorName, decimal? FirstPayment, long? ExpectedVersion);

public static class MeetFinancingConditionsEndpoint
{
    public static ProblemDetails Validate(MeetFinancingConditions command) => new FieldErrors()
        .When(command.FirstPayment < 0m, "firstPayment", "Must not be negative.")
        .When(command.GuarantorName?.Length > 200, "guarantorName", "At most 200 characters.")
        .ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/financing-conditions", Name = "MeetFinancingConditions")]
    [Tags("Contracts")]
    public static Task<IResult> Post(Guid id, MeetFinancingConditions command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract => Decide(command, contract, clock.GetUtcNow()), cancellation);

    public static ContractChange Decide(MeetFinancingConditions command, Contract contract, DateTimeOffset now)
    {
        if (contract.Status != ContractStatus.AwaitingConditions)
            return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "given its conditions", ContractStatus.AwaitingConditions));
        var errors = new FieldErrors();
        if (contract.GuarantorRequired)
        {
            errors.Required(command.GuarantorName, "guarantorName");
            if (!DocumentChecklist.IsComplete(contract.Customer.Type, contract.Documents, guarantorRequired: true))
                errors.Add("guarantorName", "The guarantor's signed commitment (GuarantorCommitment) must be on file first.");
        }
        var terms = contract.Terms;
        if (contract.RequiredFirstPayment is { } required)
        {
            errors.Required(command.FirstPayment, "firstPayment")
                .When(command.FirstPayment < required, "firstPayment", $"The decision asks for a first payment of at least {required:0.00}.");
            if (!errors.Any) terms = terms with { FirstPayment = command.FirstPayment!.Value };
        }
        if (!errors.Any && ContractPricing.Validate(terms.ToPricing()) is { Count: > 0 } invalid)
            foreach (var (field, messages) in invalid) foreach (var message in messages) errors.Add(field, message);
        if (errors.Any) return ContractChange.Refuse(errors.ToProblem());

        var figures = terms == contract.Terms ? contract.Figures : RentFigures.From(ContractPricing.Price(terms.ToPricing()), terms.Basis);
        return ContractChange.Append(new FinancingConditionsMet(contract.Id, command.GuarantorName?.Trim(), terms, figures, now));
    }
}
