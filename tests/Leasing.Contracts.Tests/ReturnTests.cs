using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Returns;

namespace Leasing.Contracts.Tests;

public class ReturnAssessorTests
{
    private static AssessedDamage Assess(VehicleZone zone, DamageType type, int size) =>
        ReturnAssessor.Assess(DamageGrid.Default, new DamageFinding(zone, type, size, null), Guid.Empty);

    [Fact]
    public void A_scratch_over_30_mm_is_charged_and_one_under_it_or_normal_wear_is_not()
    {
        Assert.Equal((true, 180m), (Assess(VehicleZone.FrontLeftDoor, DamageType.Scratch, 31).Chargeable, Assess(VehicleZone.FrontLeftDoor, DamageType.Scratch, 31).PriceExcludingVat));
        Assert.False(Assess(VehicleZone.FrontLeftDoor, DamageType.Scratch, 30).Chargeable);
        var wear = Assess(VehicleZone.Interior, DamageType.NormalWear, 500);
        Assert.False(wear.Chargeable);
        Assert.Contains("Usure normale", wear.Reason);
    }

    [Fact]
    public void A_crack_is_charged_whatever_its_size_and_a_damage_not_in_the_grid_is_not_charged()
    {
        Assert.Equal(650m, Assess(VehicleZone.Windscreen, DamageType.Crack, 1).PriceExcludingVat);
        var unknown = Assess(VehicleZone.Roof, DamageType.Tear, 80);
        Assert.False(unknown.Chargeable);
        Assert.Contains("grille", unknown.Reason);
    }

    [Fact]
    public void Excess_km_are_charged_at_the_contracts_price_in_its_basis_and_never_for_a_purchase()
    {
        var findings = new[] { new DamageFinding(VehicleZone.FrontBumper, DamageType.Scratch, 45, null) };
        var returned = ReturnAssessor.Assess(DamageGrid.Default, findings, 40_000, 36_000, 0.06m, VatBasis.IncludingVat, true, _ => Guid.Empty);

        Assert.Equal(4_000, returned.ExcessKm);
        Assert.Equal(new VatAmounts(200m, 40m, 240m), returned.ExcessKmCharge);
        Assert.Equal(new VatAmounts(150m, 30m, 180m), returned.DamageCharge);
        Assert.Equal(420m, returned.Total.IncludingVat);
        Assert.Equal(0, ReturnAssessor.Assess(DamageGrid.Default, findings, 40_000, 36_000, 0.06m, VatBasis.IncludingVat, false, _ => Guid.Empty).ExcessKm);
        Assert.Equal(0, ReturnAssessor.Assess(DamageGrid.Default, [], 30_000, 36_000, 0.06m, VatBasis.IncludingVat, true, _ => Guid.Empty).ExcessKm);
    }
}
