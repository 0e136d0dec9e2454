using Leasing.Prospecting.Domain.Sources;

namespace Leasing.Prospecting.Domain.Intake;

/// <summary>
/// What an import needs besides the file: the source catalogue, the points of sale by code or name, and the
/// defaults that apply to rows that do not say (an import made for one campaign, or for one point of sale).
/// </summary>
public sealed record LeadImportContext(
    SourceCatalogue Sources,
    IReadOnlyDictionary<string, Guid> PointsOfSale,
    string? DefaultSourceId = null,
    Guid? DefaultPointOfSaleId = null,
    string? ConsentWording = null)
{
    public Guid? FindPointOfSale(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName)) return null;
        if (Guid.TryParse(codeOrName, out var id) && PointsOfSale.Values.Contains(id)) return id;
        var key = LookupKey.Of(codeOrName);
        return PointsOfSale.Where(p => LookupKey.Of(p.Key) == key).Select(p => (Guid?)p.Value).FirstOrDefault();
    }
}
