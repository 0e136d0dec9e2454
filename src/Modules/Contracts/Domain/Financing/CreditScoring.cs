using Leasing.Kernel.Monetary;

namespace Leasing.Contracts.Domain.Financing;

/// <summary>The facts the rules are evaluated on, built from the contract and the applicant's finances.</summary>
public sealed record ScoringFacts(CustomerType CustomerType, decimal? DebtToIncomePercent, int TermMonths, decimal AmountFinanced, int? YearsInBusiness)
{
    public decimal? ValueOf(ScoringMetric metric) => metric switch
    {
        ScoringMetric.DebtToIncomePercent => DebtToIncomePercent,
        ScoringMetric.TermMonths => TermMonths,
        ScoringMetric.AmountFinanced => AmountFinanced,
        ScoringMetric.YearsInBusiness => YearsInBusiness,
        _ => null,
    };

    /// <param name="monthlyTotal">The contract's monthly total in the customer's basis (TTC for an individual, HT for a business).</param>
    public static ScoringFacts From(CustomerType customerType, ApplicantFinances finances, decimal monthlyTotal, int termMonths, decimal amountFinanced)
    {
        decimal? ratio = customerType == CustomerType.Individual
            ? finances.MonthlyNetIncome is > 0m and var income ? ((finances.MonthlyCharges ?? 0m) + monthlyTotal) / income * 100m : null
            : finances.AnnualRevenue is > 0m and var revenue ? 12m * monthlyTotal / revenue * 100m : null;
        return new ScoringFacts(customerType, ratio is { } r ? MoneyRounding.ToCent(r) : null, termMonths, amountFinanced, finances.YearsInBusiness);
    }
}

public sealed record ScoredRule(string Id, string Label, int Points, bool KnockOut, FinancingCondition? Condition);

public sealed record CreditScore(int Score, FinancingProposal Proposal, IReadOnlyList<FinancingCondition> Conditions,
    IReadOnlyList<ScoredRule> Matched, decimal? DebtToIncomePercent, string RuleSetVersion);

/// <summary>Evaluates a rule set on a file's facts: the score, the proposal and why (every rule that matched).</summary>
public static class CreditScoring
{
    public static CreditScore Score(ScoringRuleSet rules, ScoringFacts facts)
    {
        var matched = rules.Rules
            .Where(rule => rule.AppliesTo(facts.CustomerType) && rule.Matches(facts.ValueOf(rule.Metric)))
            .Select(rule => new ScoredRule(rule.Id, rule.Label, rule.Points, rule.KnockOut, rule.Condition))
            .ToList();
        var score = matched.Sum(rule => rule.Points);
        var conditions = matched.Where(r => r.Condition is not null).Select(r => r.Condition!.Value).Distinct().ToList();
        // A file whose ratio cannot be computed (no income declared) is never approved on the score alone.
        var proposal = matched.Any(r => r.KnockOut) || facts.DebtToIncomePercent is null ? FinancingProposal.Refuse
            : score >= rules.ApproveFrom && conditions.Count == 0 ? FinancingProposal.Approve
            : score >= rules.ConditionsFrom ? FinancingProposal.ApproveWithConditions
            : FinancingProposal.Refuse;
        if (proposal == FinancingProposal.ApproveWithConditions && conditions.Count == 0) conditions.Add(FinancingCondition.Guarantor);
        return new CreditScore(score, proposal, proposal == FinancingProposal.ApproveWithConditions ? conditions : [], matched,
            facts.DebtToIncomePercent, rules.Version);
    }

    /// <summary>The first payment a "higher first payment" condition asks for: a share of the vehicle price, to the cent.</summary>
    public static decimal RequiredFirstPayment(ScoringRuleSet rules, decimal vehiclePrice, decimal currentFirstPayment) =>
        Math.Max(currentFirstPayment, MoneyRounding.ToCent(vehiclePrice * rules.FirstPaymentPercent / 100m));
}
