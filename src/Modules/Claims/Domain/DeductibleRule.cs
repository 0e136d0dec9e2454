using Leasing.Kernel.Monetary;

namespace Leasing.Claims.Domain;

/// <summary>The driver's share of fault and of the deductible, by kind of claim and accident report case.</summary>
public sealed record LiabilityAssessment(int LiabilityPercent, int DeductiblePercent);

/// <summary>
/// When the contract's deductible is charged to the customer. It is charged only when the contract's insurance is the
/// lessor's and has a deductible; then in proportion to the driver's fault in a collision (the accident report case),
/// and whole for an event without a third party to recover from (theft, vandalism, glass, weather, fire, a single
/// vehicle): the insurer pays the rest.
/// </summary>
public static class DeductibleRule
{
    public static LiabilityAssessment Assess(ClaimKind kind, AccidentReportCase? @case, CaseRole? role) => kind switch
    {
        ClaimKind.Collision when @case is not null && role is not null => new(role.LiabilityPercent, role.DeductibleShare),
        ClaimKind.SingleVehicle => new(100, 100),
        ClaimKind.Collision => new(50, 50), // no usable report: insurers split the fault
        _ => new(0, 100),
    };

    public static decimal Charged(ClaimCoverage coverage, int deductiblePercent) =>
        coverage is { InsuranceIncluded: true, Deductible: > 0m } ? MoneyRounding.ToCent(coverage.Deductible!.Value * deductiblePercent / 100m) : 0m;
}
