namespace Leasing.Prospecting.Domain.Sources;

/// <summary>The sources a lead can come from, looked up by id, name or alias whatever the case, accents and spacing.</summary>
public sealed record SourceCatalogue(IReadOnlyList<LeadSource> Sources)
{
    public const string LaCentrale = "la-centrale";
    public const string LeBonCoin = "le-bon-coin";
    public const string ManufacturerUsedCarSite = "manufacturer-used-car-site";
    public const string OwnWebsite = "own-website";
    public const string Phone = "phone";
    public const string WalkIn = "walk-in";
    public const string PartnerBank = "partner-bank";
    public const string Campaign = "campaign";

    /// <summary>
    /// The seed's sources (003). The seed gives shares, not prices: these costs are starting values for the sales
    /// manager to replace with the negotiated ones. Listing sites and the manufacturer's site forward a request the
    /// person made to the dealer; a partner bank or a campaign list passes on people who must have consented.
    /// </summary>
    public static readonly SourceCatalogue Seed = new(
    [
        new LeadSource(LaCentrale, "La Centrale", 25m, ConsentRequired: false, Aliases: ["lacentrale.fr"]),
        new LeadSource(LeBonCoin, "Le Bon Coin", 15m, ConsentRequired: false, Aliases: ["leboncoin.fr", "lbc"]),
        new LeadSource(ManufacturerUsedCarSite, "Site VO constructeur", 30m, ConsentRequired: false, Aliases: ["manufacturer used-car site", "site constructeur"]),
        new LeadSource(OwnWebsite, "Site internet / simulateur", 5m, ConsentRequired: true, Aliases: ["website", "simulateur", "site web"]),
        new LeadSource(Phone, "Téléphone", 0m, ConsentRequired: false, Aliases: ["telephone", "appel"]),
        new LeadSource(WalkIn, "Visite en concession", 0m, ConsentRequired: false, Aliases: ["showroom", "passage"]),
        new LeadSource(PartnerBank, "Banque partenaire", 40m, ConsentRequired: true, Aliases: ["bank", "banque"]),
        new LeadSource(Campaign, "Campagne", 10m, ConsentRequired: true, Aliases: ["campagne marketing", "emailing"]),
    ]);

    public LeadSource? Find(string? idOrName)
    {
        if (string.IsNullOrWhiteSpace(idOrName)) return null;
        var key = Key(idOrName);
        return Sources.FirstOrDefault(s => Key(s.Id) == key || Key(s.Name) == key || (s.Aliases ?? []).Any(a => Key(a) == key));
    }

    public decimal CostOf(string sourceId) => Find(sourceId)?.CostPerLead ?? 0m;

    private static string Key(string text) => LookupKey.Of(text);
}
