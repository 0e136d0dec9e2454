using Leasing.Contracts.Domain.Returns;
using Leasing.Kernel.Validation;

namespace Leasing.Contracts.Features.Returns;

/// <summary>A damage at the wire: zone and type by name, the largest dimension in mm, and whether the customer contests it on the report.</summary>
public sealed record DamageInput(string? Zone, string? Type, int? SizeMm, string? Note, bool Contested, string? ContestReason);

public static class ReturnInputs
{
    public static IReadOnlyList<DamageFinding>? ToFindings(IReadOnlyList<DamageInput>? damages, FieldErrors errors)
    {
        var findings = new List<DamageFinding>();
        var list = damages ?? [];
        if (list.Count > 100) errors.Add("damages", "At most 100 damage lines.");
        for (var i = 0; i < list.Count; i++)
        {
            var d = list[i];
            var zone = errors.Enum<VehicleZone>(d.Zone, $"damages[{i}].zone", required: true);
            var type = errors.Enum<DamageType>(d.Type, $"damages[{i}].type", required: true);
            errors.Required(d.SizeMm, $"damages[{i}].sizeMm").When(d.SizeMm is < 0 or > 5_000, $"damages[{i}].sizeMm", "Between 0 and 5 000 mm.")
                .When(d.Contested && string.IsNullOrWhiteSpace(d.ContestReason), $"damages[{i}].contestReason", "A contested line needs the customer's reason.");
            if (zone is { } z && type is { } t && d.SizeMm is { } size)
                findings.Add(new DamageFinding(z, t, size, d.Note?.Trim(), d.Contested, d.Contested ? d.ContestReason!.Trim() : null));
        }
        return errors.Any ? null : findings;
    }

    public static string Describe(AssessedDamage damage) =>
        $"{ZoneLabel(damage.Finding.Zone)} — {damage.Reason} ({damage.Finding.SizeMm} mm)";

    public static string ZoneLabel(VehicleZone zone) => zone switch
    {
        VehicleZone.FrontBumper => "Pare-chocs avant",
        VehicleZone.RearBumper => "Pare-chocs arrière",
        VehicleZone.Bonnet => "Capot",
        VehicleZone.Roof => "Toit",
        VehicleZone.Tailgate => "Hayon",
        VehicleZone.FrontLeftDoor => "Porte avant gauche",
        VehicleZone.FrontRightDoor => "Porte avant droite",
        VehicleZone.RearLeftDoor => "Porte arrière gauche",
        VehicleZone.RearRightDoor => "Porte arrière droite",
        VehicleZone.FrontLeftWing => "Aile avant gauche",
        VehicleZone.FrontRightWing => "Aile avant droite",
        VehicleZone.RearLeftWing => "Aile arrière gauche",
        VehicleZone.RearRightWing => "Aile arrière droite",
        VehicleZone.Windscreen => "Pare-brise",
        VehicleZone.Wheels => "Jantes",
        VehicleZone.Mirrors => "Rétroviseurs",
        VehicleZone.Lights => "Optiques",
        _ => "Intérieur",
    };
}
