using System.Security.Claims;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.Features.EndOfTerm;
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
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Mileage;

/// <summary>
/// The customer accepts the amendment proposal (avenant), as proposed or with another mileage and/or term, re-priced by
/// the Offers engine with the residual value unchanged; or declines it with a reason. An accepted amendment changes the
/// rent from the proposal's first day (the next invoice), the allowance, and the end date when the term changes.
/// </summary>
public sealed record DecideAmendment(Guid? ProposalId, bool Accept, int? AnnualMileageKm, int? TermMonths, string? Reason, long? ExpectedVersion);

public static class DecideAmendmentEndpoint
{
    public static ProblemDetails Validate(DecideAmendment command) => new FieldErrors()
        .Required(command.ProposalId, "proposalId")
        .When(!command.Accept && string.IsNullOrWhiteSpace(command.Reason), "reason", "A declined amendment needs the customer's reason.")
        .When(command.AnnualMileageKm is <= 0 or > 200_000, "annualMileageKm", "Between 1 and 200 000 km a year.")
        .ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/amendment-decision", Name = "DecideAmendment")]
    [Tags("Contracts")]
    public static Task<IResult> Post(Guid id, DecideAmendment command, IDocumentSession session, IMessageBus bus, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract => Decide(command, contract, user.NameOf(), clock.GetUtcNow()),
            cancellation);

    public static ContractChange Decide(DecideAmendment command, Contract contract, string by, DateTimeOffset now)
    {
        if (contract.Status != ContractStatus.Active || contract.PendingAmendment is not { } proposal || proposal.ProposalId != command.ProposalId)
            return ContractChange.Refuse(ContractProblems.State("There is no such amendment proposal open on this contract."));
        var change = command.Accept ? Accept(command, contract, proposal, by, now) : ContractChange.Append(
            new AmendmentDeclined(contract.Id, proposal.ProposalId, command.Reason!.Trim(), now));
        if (change.Refusal is not null) return change;
        foreach (var task in contract.OpenTasks.Where(t => t.Kind is TaskKind.MileageAlert or TaskKind.FleetMileageAlert))
        {
            var resolved = new TaskResolved(task.TaskId, contract.Id, task.Kind, command.Accept ? "AmendmentAccepted" : "AmendmentDeclined", now);
            change = change.With(resolved).Publish(IntegrationMessages.TaskClosed(resolved, by));
        }
        return change;
    }

    private static ContractChange Accept(DecideAmendment command, Contract contract, AmendmentProposed proposal, string by, DateTimeOffset now)
    {
        var annual = command.AnnualMileageKm ?? proposal.AnnualMileageKm;
        var term = command.TermMonths ?? proposal.TermMonths;
        if (term <= proposal.MonthsPaid)
            return ContractChange.Refuse(Problems.Field("termMonths", $"{proposal.MonthsPaid} months are already run: the new term must be longer."));
        var amendedTerms = contract.Terms with { AnnualMileageKm = annual, TermMonths = term };
        if (ContractPricing.Validate(amendedTerms.ToPricing()) is { Count: > 0 } invalid)
            return ContractChange.Refuse(Problems.Validation(invalid));
        var figures = annual == proposal.AnnualMileageKm && term == proposal.TermMonths
            ? proposal.Figures
            : RentFigures.From(ContractPricing.Amend(contract.Terms.ToPricing(), proposal.MonthsPaid, term, annual).Price, contract.Terms.Basis);
        var endsOn = contract.StartsOn!.Value.AddMonths(term).AddDays(-1);
        var number = contract.Amendments.Count + 1;
        var accepted = new AmendmentAccepted(contract.Id, proposal.ProposalId, number, annual, term, endsOn, proposal.EffectiveFrom, proposal.MonthsPaid,
            amendedTerms, figures, now);
        var change = ContractChange.Append(accepted).Publish(new Integration.ContractAmended(contract.Id, contract.Number, contract.QuoteId, contract.LeadId,
            contract.CompanyId, proposal.ProposalId, number, annual, term, amendedTerms.ContractMileageKm, endsOn, figures.Rent.ExcludingVat,
            figures.Services.ExcludingVat, figures.Total.ExcludingVat, figures.Total.IncludingVat, proposal.EffectiveFrom, by, now));
        return endsOn == contract.EndsOn ? change : change.Schedule(AnnounceEndOfTerm.For(contract.Id, endsOn), AnnounceEndOfTerm.DueAt(endsOn));
    }
}
