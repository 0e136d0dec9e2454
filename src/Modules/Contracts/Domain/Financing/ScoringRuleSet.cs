namespace Leasing.Contracts.Domain.Financing;

public enum ScoringMetric
{
    /// <summary>
    /// Individuals: (existing monthly charges + the contract's monthly total TTC) / monthly net income, in percent.
    /// Businesses: 12 × the monthly total HT / annual revenue, in percent.
    /// </summary>
    DebtToIncomePercent,
    TermMonths,
    /// <summary>Capitalised value − first payment − residual value, in the quoted basis.</summary>
    AmountFinanced,
    YearsInBusiness,
    /// <summary>Matches every file of the rule's customer type (a flat bonus or malus).</summary>
    Always,
}

public enum FinancingProposal { Approve, ApproveWithConditions, Refuse }

public enum FinancingCondition { Guarantor, HigherFirstPayment }

/// <summary>
/// One rule of the credit scoring, kept as data: when the metric falls in [Min, Max] (either bound optional) for the
/// customer type (null: any), it adds <see cref="Points"/>, may ask for a condition, or refuses outright (knock-out).
/// </summary>
public sealed record ScoringRule(string Id, string Label, ScoringMetric Metric, CustomerType? CustomerType, decimal? Min, decimal? Max,
    int Points, bool KnockOut = false, FinancingCondition? Condition = null)
{
    public bool AppliesTo(CustomerType customerType) => CustomerType is null || CustomerType == customerType;

    public bool Matches(decimal? value) => Metric == ScoringMetric.Always ||
        value is { } v && (Min is null || v >= Min) && (Max is null || v <= Max);
}

/// <summary>
/// The financing body's rule set, versioned and kept as a document: a file scoring at least <see cref="ApproveFrom"/> is
/// proposed for approval, at least <see cref="ConditionsFrom"/> for approval with conditions, below that for refusal;
/// a knock-out rule refuses whatever the score. A higher first payment asks for <see cref="FirstPaymentPercent"/> % of the
/// vehicle price.
/// </summary>
public sealed record ScoringRuleSet(string Version, IReadOnlyList<ScoringRule> Rules, int ApproveFrom, int ConditionsFrom, decimal FirstPaymentPercent)
{
    public const string DocumentId = "current";

    public static readonly ScoringRuleSet Default = new("2026-1",
    [
        new("dti-low", "Taux d'endettement ≤ 33 %", ScoringMetric.DebtToIncomePercent, Domain.CustomerType.Individual, null, 33m, 40),
        new("dti-mid", "Taux d'endettement de 33 à 40 %", ScoringMetric.DebtToIncomePercent, Domain.CustomerType.Individual, 33.01m, 40m, 20,
            Condition: FinancingCondition.Guarantor),
        new("dti-high", "Taux d'endettement de 40 à 50 %", ScoringMetric.DebtToIncomePercent, Domain.CustomerType.Individual, 40.01m, 50m, 0,
            Condition: FinancingCondition.HigherFirstPayment),
        new("dti-excessive", "Taux d'endettement > 50 %", ScoringMetric.DebtToIncomePercent, Domain.CustomerType.Individual, 50.01m, null, 0,
            KnockOut: true),
        new("rent-revenue-low", "Loyers ≤ 10 % du chiffre d'affaires", ScoringMetric.DebtToIncomePercent, Domain.CustomerType.Business, null, 10m, 40),
        new("rent-revenue-mid", "Loyers de 10 à 20 % du chiffre d'affaires", ScoringMetric.DebtToIncomePercent, Domain.CustomerType.Business, 10.01m, 20m, 20,
            Condition: FinancingCondition.Guarantor),
        new("rent-revenue-excessive", "Loyers > 20 % du chiffre d'affaires", ScoringMetric.DebtToIncomePercent, Domain.CustomerType.Business, 20.01m, null, 0,
            KnockOut: true),
        new("young-company", "Entreprise de moins de 2 ans", ScoringMetric.YearsInBusiness, Domain.CustomerType.Business, null, 1m, -10,
            Condition: FinancingCondition.Guarantor),
        new("business", "Client professionnel", ScoringMetric.Always, Domain.CustomerType.Business, null, null, 10),
        new("term-short", "Durée ≤ 36 mois", ScoringMetric.TermMonths, null, null, 36m, 20),
        new("term-mid", "Durée de 37 à 48 mois", ScoringMetric.TermMonths, null, 37m, 48m, 10),
        new("amount-small", "Montant financé ≤ 20 000 €", ScoringMetric.AmountFinanced, null, null, 20_000m, 20),
        new("amount-mid", "Montant financé de 20 000 à 40 000 €", ScoringMetric.AmountFinanced, null, 20_000.01m, 40_000m, 10),
    ], ApproveFrom: 70, ConditionsFrom: 40, FirstPaymentPercent: 10m);
}
