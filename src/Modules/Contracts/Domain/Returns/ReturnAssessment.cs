using Leasing.Kernel.Monetary;

namespace Leasing.Contracts.Domain.Returns;

/// <summary>A damage the inspector found: where, what, and its largest dimension in millimetres.</summary>
public sealed record DamageFinding(VehicleZone Zone, DamageType Type, int SizeMm, string? Note, bool ContestedByCustomer = false, string? ContestReason = null);

public sealed record AssessedDamage(Guid LineId, DamageFinding Finding, bool Chargeable, decimal PriceExcludingVat, string Reason);

/// <summary>The priced inspection: damage lines by the grid, excess kilometres at the contract's price (in its basis).</summary>
public sealed record ReturnAssessment(
    IReadOnlyList<AssessedDamage> Damages, int DrivenKm, int AllowanceKm, int ExcessKm, decimal ExcessKmPriceQuoted, VatBasis Basis,
    string GridVersion)
{
    public decimal DamagesExcludingVat => Damages.Where(d => d.Chargeable).Sum(d => d.PriceExcludingVat);

    public VatAmounts ExcessKmCharge => VatAmounts.FromQuoted(ExcessKm * ExcessKmPriceQuoted, Basis);

    public VatAmounts DamageCharge => VatAmounts.Sum(Damages.Where(d => d.Chargeable).Select(d => VatAmounts.FromExcludingVat(d.PriceExcludingVat)));

    /// <summary>What the inspection charges, contested lines included (they are charged once maintained).</summary>
    public VatAmounts Total => DamageCharge + ExcessKmCharge;
}

/// <summary>Prices an inspection: pure, so the return form shows the same running total the final invoice will carry.</summary>
public static class ReturnAssessor
{
    public static AssessedDamage Assess(DamageGrid grid, DamageFinding finding, Guid lineId)
    {
        if (finding.Type == DamageType.NormalWear)
            return new AssessedDamage(lineId, finding, false, 0m, "Usure normale : non facturable");
        if (grid.EntryFor(finding.Zone, finding.Type) is not { } entry)
            return new AssessedDamage(lineId, finding, false, 0m, "Absent de la grille : non facturable");
        if (finding.SizeMm <= entry.ThresholdMm && entry.ThresholdMm > 0)
            return new AssessedDamage(lineId, finding, false, 0m, $"{finding.SizeMm} mm ≤ seuil {entry.ThresholdMm} mm : non facturable");
        return new AssessedDamage(lineId, finding, true, MoneyRounding.ToCent(entry.PriceExcludingVat), entry.Label);
    }

    /// <param name="lineId">Gives each line its id (deterministic in tests, new GUIDs in the product).</param>
    public static ReturnAssessment Assess(DamageGrid grid, IReadOnlyList<DamageFinding> findings, int drivenKm, int allowanceKm,
        decimal excessKmPriceQuoted, VatBasis basis, bool chargeExcessKm, Func<int, Guid> lineId)
    {
        var damages = findings.Select((finding, index) => Assess(grid, finding, lineId(index))).ToList();
        var excess = chargeExcessKm ? Math.Max(0, drivenKm - allowanceKm) : 0;
        return new ReturnAssessment(damages, drivenKm, allowanceKm, excess, excessKmPriceQuoted, basis, grid.Version);
    }
}
