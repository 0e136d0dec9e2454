using Leasing.Contracts.Domain.Financing;
using Leasing.Contracts.Domain.Returns;
using Leasing.Contracts.Domain.Termination;

namespace Leasing.Contracts.Domain;

/// <summary>
/// The data the contract rules run on, one document the lessor maintains in the admin: the credit scoring rules, the
/// damage grid, the D.312-18 reference rates and the fee schedule. The product's defaults apply until it is saved.
/// </summary>
public sealed record ContractSettings
{
    public const string DocumentId = "current";

    public string Id { get; init; } = DocumentId;
    public ScoringRuleSet Scoring { get; init; } = ScoringRuleSet.Default;
    public DamageGrid DamageGrid { get; init; } = DamageGrid.Default;
    public ReferenceRates ReferenceRates { get; init; } = ReferenceRates.Default;
    public FeeSchedule Fees { get; init; } = FeeSchedule.Default;

    public static readonly ContractSettings Default = new();
}
