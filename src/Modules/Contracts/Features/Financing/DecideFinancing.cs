using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Financing;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using System.Security.Claims;
using Wolverine;
using Wolverine.Http;
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Financing;

/// <summary>
/// The financing body's decision, by a back-office user holding the Credit permission: approve, refuse, or approve with
/// conditions (a higher first payment, a guarantor). Departing from the scoring's proposal needs a reason. A refusal
/// closes the file.
/// </summary>
public sealed record DecideFinancing(string? Decision, decimal? RequiredFirstPayment, bool? GuarantorRequired, string? Reason, long? ExpectedVersion);

public static class DecideFinancingEndpoint
{
    public static ProblemDetails Validate(DecideFinancing command)
    {
        var errors = new FieldErrors();
        errors.Enum<CreditDecision>(command.Decision, "decision", required: true);
        return errors.When(command.RequiredFirstPayment < 0m, "requiredFirstPayment", "Must not be negative.")
            .When(command.Reason?.Length > 1000, "reason", "At most 1 000 characters.")
            .ExpectedVersion(command.ExpectedVersion).ToProblem();
    }

    [Authorize(Policy = Policies.CreditDecisions)]
    [WolverinePost("/api/contracts/{id}/financing-decision", Name = "DecideFinancing")]
    [Tags("Contracts")]
    public static async Task<IResult> Post(Guid id, DecideFinancing command, IDocumentSession session, IMessageBus bus, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellation)
    {
        var settings = await SettingsStore.LoadAsync(session, cancellation);
        return await ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value,
            contract => Decide(command, contract, settings.Scoring, user.NameOf(), clock.Today(), clock.GetUtcNow()), cancellation);
    }

    public static ContractChange Decide(DecideFinancing command, Contract contract, ScoringRuleSet rules, string decidedBy, DateOnly today, DateTimeOffset now)
    {
        if (contract.Status != ContractStatus.FinancingStudy)
            return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "decided", ContractStatus.FinancingStudy));
        if (!contract.ChecklistComplete)
            return ContractChange.Refuse(ContractProblems.State("The financing file is incomplete.",
                "Missing or rejected: " + string.Join(", ", contract.Checklist.Where(c => c.State != DocumentState.Received).Select(c => c.Kind)) + "."));
        if (contract.Score is not { } score)
            return ContractChange.Refuse(ContractProblems.State("The financing file has not been scored.", "Record the applicant's finances first."));

        var decision = Enum.Parse<CreditDecision>(command.Decision!, ignoreCase: true);
        var proposed = score.Proposal switch
        {
            FinancingProposal.Approve => CreditDecision.Approved,
            FinancingProposal.ApproveWithConditions => CreditDecision.ApprovedWithConditions,
            _ => CreditDecision.Refused,
        };
        if (decision != proposed && string.IsNullOrWhiteSpace(command.Reason))
            return ContractChange.Refuse(Problems.Field("reason", $"The scoring proposed {proposed}: a decision that departs from it needs a reason."));

        decimal? firstPayment = null;
        var guarantor = false;
        if (decision == CreditDecision.ApprovedWithConditions)
        {
            guarantor = command.GuarantorRequired ?? score.Conditions.Contains(FinancingCondition.Guarantor);
            firstPayment = command.RequiredFirstPayment ?? (score.Conditions.Contains(FinancingCondition.HigherFirstPayment)
                ? CreditScoring.RequiredFirstPayment(rules, contract.Terms.VehiclePrice, contract.Terms.FirstPayment) : null);
            if (firstPayment is { } asked && asked <= contract.Terms.FirstPayment) firstPayment = null;
            if (!guarantor && firstPayment is null)
                return ContractChange.Refuse(Problems.Field("requiredFirstPayment",
                    "An approval with conditions needs a guarantor or a first payment above the offer's."));
            if (firstPayment >= contract.Terms.VehiclePrice - contract.Terms.ResidualValue)
                return ContractChange.Refuse(Problems.Field("requiredFirstPayment", "The first payment must leave an amount to finance."));
        }

        var recorded = new CreditDecisionRecorded(contract.Id, decision, score.Proposal, score.Score, firstPayment, guarantor, command.Reason?.Trim(), now);
        var change = ContractChange.Append(recorded).Publish(new Integration.FinancingDecided(contract.Id, contract.Number, contract.QuoteId,
            contract.LeadId, decision.ToString(), score.Proposal switch
            {
                FinancingProposal.Approve => nameof(CreditDecision.Approved),
                FinancingProposal.ApproveWithConditions => nameof(CreditDecision.ApprovedWithConditions),
                _ => nameof(CreditDecision.Refused),
            }, score.Score, firstPayment, guarantor, recorded.Reason, decidedBy, now));
        if (contract.OpenTaskOf(TaskKind.FinancingDecision) is { } task)
        {
            var resolved = new TaskResolved(task.TaskId, contract.Id, TaskKind.FinancingDecision, decision.ToString(), now);
            change = change.With(resolved).Publish(IntegrationMessages.TaskClosed(resolved, decidedBy));
        }
        if (decision == CreditDecision.Refused)
            change = change.With(new ContractFileClosed(contract.Id, ClosingOutcome.Refused, today, now))
                .Publish(IntegrationMessages.Closed(contract, ClosingOutcome.Refused, today, now));
        return change;
    }
}
