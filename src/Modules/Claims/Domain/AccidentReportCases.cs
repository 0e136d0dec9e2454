namespace Leasing.Claims.Domain;

/// <summary>One position a driver can hold in a case, with the share of fault it carries.</summary>
/// <param name="DeductiblePercent">The share of the deductible charged for this position when it differs from the liability
/// (an unidentified third party: no fault, but nobody to recover from).</param>
public sealed record CaseRole(string Code, string French, string English, int LiabilityPercent, int? DeductiblePercent = null)
{
    public int DeductibleShare => DeductiblePercent ?? LiabilityPercent;
}

/// <summary>A case of the accident report (constat amiable) grid, as insurers apply it between themselves.</summary>
public sealed record AccidentReportCase(string Code, string French, string English, IReadOnlyList<CaseRole> Roles)
{
    public CaseRole? Role(string? code) => Roles.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The accident report cases, simplified from the grid French insurers use between themselves (IRSA/IDA conventions):
/// a driver is fully liable (100 %), not liable (0 %) or liable for half (50 %) when both did the same thing or the
/// report does not say who did what. Kept as data: a claims manager reads it like the printed grid.
/// </summary>
public static class AccidentReportCases
{
    private static CaseRole Caused(string code, string fr, string en) => new(code, fr, en, 100);
    private static CaseRole Suffered(string code, string fr, string en) => new(code, fr, en, 0);
    private static CaseRole Shared => new("Both", "Les deux conducteurs", "Both drivers", 50);

    public static readonly IReadOnlyList<AccidentReportCase> All =
    [
        new("RearEnd", "Choc à l'arrière, même sens, même file", "Rear-end collision, same direction and lane",
            [Caused("Striking", "Heurtait l'arrière", "Hit the vehicle in front"), Suffered("Struck", "Heurté à l'arrière", "Was hit from behind")]),
        new("LaneChange", "Changement de file", "Lane change",
            [Caused("Changing", "Changeait de file", "Was changing lanes"), Suffered("Keeping", "Restait dans sa file", "Kept to its lane")]),
        new("RightOfWay", "Priorité à droite non respectée", "Right of way from the right not given",
            [Caused("NotGivingWay", "N'a pas cédé la priorité", "Did not give way"), Suffered("HadPriority", "Avait la priorité", "Had right of way")]),
        new("StopOrRedLight", "Stop, cédez-le-passage ou feu rouge non respecté", "Stop sign, give-way or red light ignored",
            [Caused("Ignoring", "N'a pas respecté le signal", "Ignored the sign or light"), Suffered("Other", "Circulait normalement", "Was driving normally")]),
        new("Parked", "Véhicule en stationnement heurté", "Parked vehicle hit",
            [Caused("Moving", "Roulait", "Was moving"), Suffered("Parked", "Était en stationnement", "Was parked")]),
        new("Reversing", "Marche arrière ou demi-tour", "Reversing or U-turn",
            [Caused("Reversing", "Reculait ou faisait demi-tour", "Was reversing or turning"), Suffered("Other", "Circulait normalement", "Was driving normally")]),
        new("DoorOpening", "Ouverture de portière", "Door opened",
            [Caused("Opening", "A ouvert sa portière", "Opened a door"), Suffered("Passing", "Passait", "Was passing")]),
        new("WrongWay", "Circulation en sens interdit ou sur la voie opposée", "Driving the wrong way or in the opposite lane",
            [Caused("WrongWay", "Roulait à contresens", "Was on the wrong side"), Suffered("Other", "Circulait normalement", "Was driving normally")]),
        new("BothChangingLanes", "Les deux changeaient de file", "Both were changing lanes", [Shared]),
        new("BothManoeuvring", "Les deux manœuvraient (stationnement, marche arrière)", "Both were manoeuvring (parking, reversing)", [Shared]),
        new("Undetermined", "Circonstances indéterminées ou contradictoires", "Circumstances unclear or contradictory", [Shared]),
        new("UnidentifiedThirdParty", "Tiers non identifié (délit de fuite)", "Third party unidentified (hit and run)",
            [new CaseRole("Victim", "Victime", "Victim", 0, DeductiblePercent: 100)]),
    ];

    public static AccidentReportCase? Find(string? code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
