using System.Security.Claims;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Termination;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Contracts.Features.Termination;

/// <summary>
/// A settlement quote for an early termination on any date of the contract: the rents not yet due discounted (each one
/// shown with its factor), the residual value, the vehicle's value, the fees; for a consumer LOA the statutory indemnity
/// of art. D.312-18. Nothing is stored.
/// </summary>
public static class QuoteSettlementEndpoint
{
    [Authorize(Policy = Policies.ContractReading)]
    [WolverineGet("/api/contracts/{id}/settlement", Name = "QuoteSettlement")]
    [Tags("Contracts")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellation,
        [FromQuery] DateOnly? on, [FromQuery] decimal? vehicleValue)
    {
        var contract = await session.LoadAsync<Contract>(id, cancellation);
        if (contract is null || !ContractAccess.CanRead(user, contract.CompanyId)) return Results.Problem(Problems.NotFound("Contract"));
        var date = on ?? clock.Today();
        var errors = new FieldErrors().When(vehicleValue < 0m, "vehicleValue", "Must not be negative.");
        if (CheckDate(contract, date, errors) is { } refusal) return Results.Problem(refusal);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var context = await SettlementContext.LoadAsync(session, id, cancellation);
        if (context is null) return Results.Problem(ContractProblems.State("The contract has no billing yet."));
        var input = context.Input(contract, date, vehicleValue ?? 0m);
        if (contract.Terms.IsConsumerCredit && input.D31218AnnualRatePercent is null)
            return Results.Problem(ReferenceRateMissing(contract));
        return Results.Ok(SettlementCalculator.Quote(input));
    }

    /// <summary>A termination date must fall within the running contract; a 409 when the contract is not running, a 400 naming 'on' otherwise.</summary>
    public static ProblemDetails? CheckDate(Contract contract, DateOnly on, FieldErrors errors)
    {
        if (contract.Status != ContractStatus.Active) return ContractProblems.WrongStatus(contract, "terminated", ContractStatus.Active);
        errors.When(on < contract.StartsOn || on > contract.EndsOn, "on",
            $"The date must fall within the contract, {contract.StartsOn:yyyy-MM-dd} to {contract.EndsOn:yyyy-MM-dd}.");
        return null;
    }

    public static ProblemDetails ReferenceRateMissing(Contract contract) => ContractProblems.State("The D.312-18 reference rate is missing.",
        $"Enter the TMO of {ReferenceRates.SemesterBefore(contract.SignedOn!.Value)} in the contract settings.");
}
