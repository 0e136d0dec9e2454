using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Domain.Financing;
using Leasing.Contracts.Domain.Returns;
using Leasing.Contracts.Domain.Termination;

namespace Leasing.Contracts.Domain;

public sealed record ScoringRulesReplaced(ScoringRuleSet Rules, DateTimeOffset At);

public sealed record DamageGridReplaced(DamageGrid Grid, DateTimeOffset At);

public sealed record ReferenceRatesReplaced(ReferenceRates Rates, DateTimeOffset At);

public sealed record FeesReplaced(FeeSchedule Fees, DateTimeOffset At);

/// <summary>
/// The data the contract rules run on, maintained in the admin: the credit scoring rules, the damage grid, the D.312-18
/// reference rates and the fee schedule. One stream (its id fixed), so every change is an event with who and when; the
/// product's defaults apply until a section is first replaced.
/// </summary>
public sealed record ContractSettings
{
    public static readonly Guid StreamId = InvoiceIds.NameBased("contract-settings");

    public Guid Id { get; init; } = StreamId;
    public ScoringRuleSet Scoring { get; init; } = ScoringRuleSet.Default;
    public DamageGrid DamageGrid { get; init; } = DamageGrid.Default;
    public ReferenceRates ReferenceRates { get; init; } = ReferenceRates.Default;
    public FeeSchedule Fees { get; init; } = FeeSchedule.Default;
    public int Version { get; init; }

    public static readonly ContractSettings Default = new();

    public static ContractSettings Create(ScoringRulesReplaced e) => Default.Apply(e);
    public static ContractSettings Create(DamageGridReplaced e) => Default.Apply(e);
    public static ContractSettings Create(ReferenceRatesReplaced e) => Default.Apply(e);
    public static ContractSettings Create(FeesReplaced e) => Default.Apply(e);

    public ContractSettings Apply(ScoringRulesReplaced e) => this with { Scoring = e.Rules };
    public ContractSettings Apply(DamageGridReplaced e) => this with { DamageGrid = e.Grid };
    public ContractSettings Apply(ReferenceRatesReplaced e) => this with { ReferenceRates = e.Rates };
    public ContractSettings Apply(FeesReplaced e) => this with { Fees = e.Fees };
}
