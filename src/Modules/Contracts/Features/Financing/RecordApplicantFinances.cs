using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Financing;
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

namespace Leasing.Contracts.Features.Financing;

/// <summary>
/// The applicant's finances are recorded and the file is scored at once with the rule set in force; the score, the
/// proposal and every rule that matched are kept with the file.
/// </summary>
public sealed record RecordApplicantFinances(decimal? MonthlyNetIncome, decimal? MonthlyCharges, decimal? AnnualRevenue, int? YearsInBusiness,
    long? ExpectedVersion);

public static class RecordApplicantFinancesEndpoint
{
    public static ProblemDetails Validate(RecordApplicantFinances command) => new FieldErrors()
        .When(command.MonthlyNetIncome < 0m, "monthlyNetIncome", "Must not be negative.")
        .When(command.MonthlyCharges < 0m, "monthlyCharges", "Must not be negative.")
        .When(command.AnnualRevenue < 0m, "annualRevenue", "Must not be negative.")
        .When(command.YearsInBusiness is < 0 or > 500, "yearsInBusiness", "Between 0 and 500.")
        .ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/finances", Name = "RecordApplicantFinances")]
    [Tags("Contracts")]
    public static async Task<IResult> Post(Guid id, RecordApplicantFinances command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation)
    {
        var settings = await SettingsStore.LoadAsync(session, cancellation);
        return await ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value,
            contract => Decide(command, contract, settings.Scoring, clock.GetUtcNow()), cancellation);
    }

    public static ContractChange Decide(RecordApplicantFinances command, Contract contract, ScoringRuleSet rules, DateTimeOffset now)
    {
        if (contract.Status != ContractStatus.FinancingStudy)
            return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "scored", ContractStatus.FinancingStudy));
        var errors = new FieldErrors();
        if (contract.Customer.Type == CustomerType.Individual)
            errors.When(command.MonthlyNetIncome is null or 0m, "monthlyNetIncome", "An individual's monthly net income is required.");
        else
            errors.When(command.AnnualRevenue is null or 0m, "annualRevenue", "A business's annual revenue (HT) is required.")
                .Required(command.YearsInBusiness, "yearsInBusiness");
        if (errors.Any) return ContractChange.Refuse(errors.ToProblem());

        var finances = new ApplicantFinances(command.MonthlyNetIncome, command.MonthlyCharges, command.AnnualRevenue, command.YearsInBusiness);
        var facts = ScoringFacts.From(contract.Customer.Type, finances, contract.Figures.Total.In(contract.Terms.Basis), contract.Terms.TermMonths,
            contract.AmountFinanced);
        var score = CreditScoring.Score(rules, facts);
        var change = ContractChange.Append(new ApplicantFinancesRecorded(contract.Id, finances, now), new FinancingFileScored(contract.Id, score, now));
        return FinancingTask.OpenIfReady(change, contract, contract.ChecklistComplete, scoredAfter: true, now);
    }
}
