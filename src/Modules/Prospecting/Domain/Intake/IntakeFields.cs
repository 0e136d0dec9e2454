namespace Leasing.Prospecting.Domain.Intake;

/// <summary>
/// The fields of a lead intake, named as in the JSON API (camelCase). CSV headers and ADF elements are mapped onto
/// these names, and every validation message names one of them, whatever the route the lead came by.
/// </summary>
public static class IntakeFields
{
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string CompanyName = "companyName";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string PreferredChannel = "preferredChannel";
    public const string Source = "source";
    public const string PointOfSale = "pointOfSale";
    public const string Condition = "condition";
    public const string Financing = "financing";
    public const string Budget = "budget";
    public const string Make = "make";
    public const string Model = "model";
    public const string Year = "year";
    public const string AdReference = "adReference";
    public const string Timeframe = "timeframe";
    public const string TradeInMake = "tradeInMake";
    public const string TradeInModel = "tradeInModel";
    public const string TradeInYear = "tradeInYear";
    public const string TradeInMileageKm = "tradeInMileageKm";
    public const string Consent = "consent";
    public const string Message = "message";
    public const string ExternalReference = "externalReference";
    public const string RequestedAt = "requestedAt";

    // French (and a few English) headers people actually write in their spreadsheets, compared as lookup keys.
    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        [FirstName] = ["prénom", "first name", "given name"],
        [LastName] = ["nom", "nom de famille", "last name", "surname", "name"],
        [CompanyName] = ["société", "entreprise", "raison sociale", "company"],
        [Email] = ["e-mail", "mail", "courriel", "adresse e-mail", "adresse mail", "email address"],
        [Phone] = ["téléphone", "tél", "tel", "portable", "mobile", "numéro de téléphone", "phone number"],
        [PreferredChannel] = ["canal", "canal préféré", "channel", "contact channel"],
        [Source] = ["provenance", "origine"],
        [PointOfSale] = ["point de vente", "concession", "point of sale"],
        [Condition] = ["état", "neuf/occasion", "neuf ou occasion", "vn/vo", "type de véhicule"],
        [Financing] = ["financement", "mode de financement"],
        [Budget] = ["budget (€)", "budget mensuel"],
        [Make] = ["marque", "brand"],
        [Model] = ["modèle"],
        [Year] = ["année", "millésime"],
        [AdReference] = ["référence annonce", "annonce", "ad reference"],
        [Timeframe] = ["délai", "échéance", "horizon d'achat"],
        [TradeInMake] = ["marque reprise"],
        [TradeInModel] = ["modèle reprise"],
        [TradeInYear] = ["année reprise"],
        [TradeInMileageKm] = ["kilométrage reprise", "km reprise"],
        [Consent] = ["consentement", "opt-in", "accord contact", "rgpd"],
        [Message] = ["commentaire", "commentaires", "remarques", "comments"],
        [ExternalReference] = ["référence", "ref", "id externe"],
        [RequestedAt] = ["date", "date de demande", "date de la demande", "request date"],
    };

    private static readonly IReadOnlyDictionary<string, string> ByKey = Aliases
        .SelectMany(a => a.Value.Append(a.Key).Select(alias => (Key: LookupKey.Of(alias), Field: a.Key)))
        .Distinct() // "E-mail" and "email" are one key; the same key for two fields would throw here, as it should
        .ToDictionary(a => a.Key, a => a.Field);

    /// <summary>The field a column header stands for, or null for a column the import does not use.</summary>
    public static string? ForHeader(string header) => ByKey.GetValueOrDefault(LookupKey.Of(header));
}
