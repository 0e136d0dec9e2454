namespace Leasing.Contracts.Domain.Returns;

public enum VehicleZone
{
    FrontBumper, RearBumper, Bonnet, Roof, Tailgate, FrontLeftDoor, FrontRightDoor, RearLeftDoor, RearRightDoor,
    FrontLeftWing, FrontRightWing, RearLeftWing, RearRightWing, Windscreen, Wheels, Mirrors, Lights, Interior,
}

public enum DamageType { Scratch, Dent, Chip, Crack, Scuff, Tear, Stain, Missing, NormalWear }

/// <summary>
/// One entry of the wear-and-tear grid: a damage of this type on this zone is chargeable above <see cref="ThresholdMm"/>
/// (its largest dimension; 0: whatever its size) at <see cref="PriceExcludingVat"/>.
/// </summary>
public sealed record DamageGridEntry(VehicleZone Zone, DamageType Type, int ThresholdMm, decimal PriceExcludingVat, string Label);

/// <summary>
/// The grid the lessor prices returned vehicles with, kept as data (a document the lessor can replace). Normal wear is
/// never charged; a damage the grid does not list for its zone is not charged either (an inspector cannot invent a price).
/// </summary>
public sealed record DamageGrid(string Version, IReadOnlyList<DamageGridEntry> Entries)
{
    public const string DocumentId = "current";

    private static readonly VehicleZone[] Panels =
    [
        VehicleZone.Bonnet, VehicleZone.Roof, VehicleZone.Tailgate, VehicleZone.FrontLeftDoor, VehicleZone.FrontRightDoor, VehicleZone.RearLeftDoor,
        VehicleZone.RearRightDoor, VehicleZone.FrontLeftWing, VehicleZone.FrontRightWing, VehicleZone.RearLeftWing, VehicleZone.RearRightWing,
    ];

    public static readonly DamageGrid Default = new("2026-1",
    [
        .. Panels.SelectMany(zone => new[]
        {
            new DamageGridEntry(zone, DamageType.Scratch, 30, 180m, "Rayure > 30 mm (carrosserie)"),
            new DamageGridEntry(zone, DamageType.Dent, 20, 250m, "Bosse > 20 mm (carrosserie)"),
            new DamageGridEntry(zone, DamageType.Chip, 5, 90m, "Éclat de peinture > 5 mm"),
        }),
        new(VehicleZone.FrontBumper, DamageType.Scratch, 30, 150m, "Rayure > 30 mm (pare-chocs avant)"),
        new(VehicleZone.FrontBumper, DamageType.Crack, 0, 420m, "Pare-chocs avant fendu"),
        new(VehicleZone.FrontBumper, DamageType.Scuff, 50, 120m, "Frottement > 50 mm (pare-chocs avant)"),
        new(VehicleZone.RearBumper, DamageType.Scratch, 30, 150m, "Rayure > 30 mm (pare-chocs arrière)"),
        new(VehicleZone.RearBumper, DamageType.Crack, 0, 420m, "Pare-chocs arrière fendu"),
        new(VehicleZone.RearBumper, DamageType.Scuff, 50, 120m, "Frottement > 50 mm (pare-chocs arrière)"),
        new(VehicleZone.Windscreen, DamageType.Chip, 10, 90m, "Impact > 10 mm (pare-brise)"),
        new(VehicleZone.Windscreen, DamageType.Crack, 0, 650m, "Pare-brise fissuré"),
        new(VehicleZone.Wheels, DamageType.Scratch, 20, 110m, "Jante rayée > 20 mm"),
        new(VehicleZone.Wheels, DamageType.Crack, 0, 380m, "Jante fendue"),
        new(VehicleZone.Mirrors, DamageType.Crack, 0, 160m, "Rétroviseur cassé"),
        new(VehicleZone.Mirrors, DamageType.Scratch, 20, 70m, "Coque de rétroviseur rayée > 20 mm"),
        new(VehicleZone.Lights, DamageType.Crack, 0, 280m, "Optique fêlée"),
        new(VehicleZone.Interior, DamageType.Tear, 10, 220m, "Déchirure > 10 mm (sellerie)"),
        new(VehicleZone.Interior, DamageType.Stain, 50, 80m, "Tache > 50 mm (sellerie)"),
        new(VehicleZone.Interior, DamageType.Missing, 0, 150m, "Équipement manquant"),
    ]);

    public DamageGridEntry? EntryFor(VehicleZone zone, DamageType type) => Entries.FirstOrDefault(e => e.Zone == zone && e.Type == type);
}
