using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Financing;

namespace Leasing.Contracts.Tests;

public class CreditScoringTests
{
    private static CreditScore Score(decimal income, decimal charges, int term = 36, decimal financed = 12_000m) =>
        CreditScoring.Score(ScoringRuleSet.Default,
            ScoringFacts.From(CustomerType.Individual, new ApplicantFinances(income, charges, null, null), 469.06m, term, financed));

    [Fact]
    public void A_low_debt_ratio_short_term_and_small_amount_is_proposed_for_approval_with_the_rules_that_matched()
    {
        var score = Score(3_000m, 400m);

        Assert.Equal(28.97m, score.DebtToIncomePercent); // (400 + 469,06) / 3 000
        Assert.Equal(80, score.Score);
        Assert.Equal(FinancingProposal.Approve, score.Proposal);
        Assert.Equal(["dti-low", "term-short", "amount-small"], score.Matched.Select(r => r.Id).ToArray());
        Assert.Equal("2026-1", score.RuleSetVersion);
    }

    [Fact]
    public void A_debt_ratio_between_33_and_40_percent_asks_a_guarantor_and_over_50_percent_refuses_outright()
    {
        var guarantor = Score(2_400m, 400m); // 36,21 %
        Assert.Equal(FinancingProposal.ApproveWithConditions, guarantor.Proposal);
        Assert.Equal([FinancingCondition.Guarantor], guarantor.Conditions);

        var higherFirst = Score(2_000m, 400m, term: 48, financed: 30_000m); // 43,45 %: 0 + 10 + 10 = 20 < 40
        Assert.Equal(FinancingProposal.Refuse, higherFirst.Proposal);

        var knockOut = Score(1_500m, 400m); // 57,94 % despite 40 points of term and amount
        Assert.Equal(FinancingProposal.Refuse, knockOut.Proposal);
        Assert.Contains(knockOut.Matched, r => r.KnockOut);
    }

    [Fact]
    public void A_business_is_scored_on_its_rents_against_its_revenue_and_a_young_company_needs_a_guarantor()
    {
        var facts = ScoringFacts.From(CustomerType.Business, new ApplicantFinances(null, null, 120_000m, 1), 469.06m, 36, 12_000m);
        var score = CreditScoring.Score(ScoringRuleSet.Default, facts);

        Assert.Equal(4.69m, facts.DebtToIncomePercent); // 12 × 469,06 / 120 000
        Assert.Equal(80, score.Score); // 40 + 10 (business) − 10 (young) + 20 + 20
        Assert.Equal(FinancingProposal.ApproveWithConditions, score.Proposal);
        Assert.Equal([FinancingCondition.Guarantor], score.Conditions);
    }

    [Fact]
    public void Without_a_declared_income_a_file_is_never_approved_on_its_score()
    {
        var score = CreditScoring.Score(ScoringRuleSet.Default,
            ScoringFacts.From(CustomerType.Individual, new ApplicantFinances(null, null, null, null), 469.06m, 24, 5_000m));
        Assert.Equal(FinancingProposal.Refuse, score.Proposal);
    }

    [Fact]
    public void The_rules_are_data_a_credit_officer_can_change_and_a_broken_set_is_refused_with_its_fields()
    {
        var stricter = ScoringRuleSet.Default with { ApproveFrom = 90 };
        var score = CreditScoring.Score(stricter, ScoringFacts.From(CustomerType.Individual, new ApplicantFinances(3_000m, 400m, null, null), 469.06m, 36, 12_000m));
        Assert.Equal(FinancingProposal.ApproveWithConditions, score.Proposal);

        var broken = ScoringRuleSet.Default with { ConditionsFrom = 95, Rules = [new ScoringRule("", "", ScoringMetric.TermMonths, null, 40m, 20m, 5)] };
        var errors = ScoringRuleSetValidator.Validate(broken).ToDictionary();
        Assert.Contains("conditionsFrom", errors.Keys);
        Assert.Contains("rules[0].id", errors.Keys);
        Assert.Contains("rules[0].min", errors.Keys);
        Assert.False(ScoringRuleSetValidator.Validate(ScoringRuleSet.Default).Any);
    }

    [Fact]
    public void A_higher_first_payment_condition_asks_the_rule_sets_share_of_the_vehicle_price()
    {
        Assert.Equal(2_480m, CreditScoring.RequiredFirstPayment(ScoringRuleSet.Default, 24_800m, 0m));
        Assert.Equal(3_000m, CreditScoring.RequiredFirstPayment(ScoringRuleSet.Default, 24_800m, 3_000m));
    }
}

public class DocumentChecklistTests
{
    [Fact]
    public void An_individual_needs_four_documents_and_a_business_also_its_registration()
    {
        Assert.Equal(4, DocumentChecklist.RequiredFor(CustomerType.Individual).Count);
        Assert.Contains(DocumentKind.CompanyRegistration, DocumentChecklist.RequiredFor(CustomerType.Business));
        Assert.Contains(DocumentKind.GuarantorCommitment, DocumentChecklist.RequiredFor(CustomerType.Individual, guarantorRequired: true));
    }

    [Fact]
    public void A_rejected_document_leaves_the_checklist_incomplete_until_received_again()
    {
        var at = DateTimeOffset.UnixEpoch;
        var known = new List<ChecklistItem>
        {
            new(DocumentKind.Identity, DocumentState.Received, "cni.pdf", null, at, "backoffice"),
            new(DocumentKind.ProofOfAddress, DocumentState.Received, "edf.pdf", null, at, "backoffice"),
            new(DocumentKind.ProofOfIncome, DocumentState.Rejected, null, "Illisible", at, "backoffice"),
            new(DocumentKind.BankDetails, DocumentState.Received, "rib.pdf", null, at, "backoffice"),
        };
        Assert.False(DocumentChecklist.IsComplete(CustomerType.Individual, known));
        known.Add(new ChecklistItem(DocumentKind.ProofOfIncome, DocumentState.Received, "bulletins.pdf", null, at, "backoffice"));
        Assert.True(DocumentChecklist.IsComplete(CustomerType.Individual, known));
        Assert.False(DocumentChecklist.IsComplete(CustomerType.Business, known));
    }
}

public class WithdrawalPeriodTests
{
    [Theory]
    [InlineData("2026-11-23", "2026-12-07")] // Monday + 14 = Monday
    [InlineData("2026-11-21", "2026-12-07")] // Saturday + 14 = Saturday: runs to the Monday
    [InlineData("2026-11-22", "2026-12-07")] // Sunday + 14 = Sunday: runs to the Monday
    public void The_period_is_14_days_from_signature_and_a_weekend_end_runs_to_the_monday(string signed, string last)
    {
        Assert.Equal(DateOnly.Parse(last), WithdrawalPeriod.LastDay(DateOnly.Parse(signed)));
    }

    [Fact]
    public void It_applies_to_a_consumer_LOA_and_to_a_consumer_LLD_signed_at_a_distance_only()
    {
        Assert.True(WithdrawalPeriod.Applies(Seed.Terms(Product.Loa), SignatureChannel.InPerson));
        Assert.True(WithdrawalPeriod.Applies(Seed.Terms(Product.Lld), SignatureChannel.Distance));
        Assert.False(WithdrawalPeriod.Applies(Seed.Terms(Product.Lld), SignatureChannel.InPerson));
        Assert.False(WithdrawalPeriod.Applies(Seed.Terms(Product.Loa, CustomerType.Business), SignatureChannel.Distance));
    }
}
