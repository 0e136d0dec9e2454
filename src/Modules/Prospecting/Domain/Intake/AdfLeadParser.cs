using System.Xml;
using System.Xml.Linq;
using Leasing.Prospecting.Domain.Leads;
using F = Leasing.Prospecting.Domain.Intake.IntakeFields;

namespace Leasing.Prospecting.Domain.Intake;

/// <summary>
/// Reads ADF (Auto-lead Data Format) XML, the format listing sites send leads in: one <c>&lt;prospect&gt;</c> per lead
/// with the request date, the vehicle(s) of interest and any trade-in, the customer's contact, the dealer
/// (<c>&lt;vendor&gt;</c>) and the site (<c>&lt;provider&gt;</c>). Each prospect is mapped onto the intake fields and
/// checked like a CSV row.
/// </summary>
public static class AdfLeadParser
{
    public static IReadOnlyList<ImportRowResult> Parse(TextReader reader, LeadImportContext context)
    {
        XDocument document;
        try
        {
            // No DTD processing and no resolver: the XML comes from outside and must not fetch or expand anything.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var xml = XmlReader.Create(reader, settings);
            document = XDocument.Load(xml);
        }
        catch (XmlException e)
        {
            return [Rejected(0, $"The ADF document is not well-formed XML: {e.Message}")];
        }

        if (document.Root?.Name.LocalName != "adf")
            return [Rejected(0, "The document is not ADF: its root element must be <adf>.")];
        var prospects = document.Root.Elements().Where(e => e.Name.LocalName == "prospect").ToList();
        if (prospects.Count == 0) return [Rejected(0, "The ADF document holds no <prospect>.")];

        return prospects.Select((prospect, index) => LeadIntakeReader.Read(index + 1, Values(prospect, context), IntakeRoute.AdfXml, context)).ToList();
    }

    private static Dictionary<string, string?> Values(XElement prospect, LeadImportContext context)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [F.RequestedAt] = Text(prospect, "requestdate"),
            [F.ExternalReference] = Text(prospect, "id"),
        };

        var vehicles = Children(prospect, "vehicle").ToList();
        var tradeIn = vehicles.FirstOrDefault(v => Attribute(v, "interest") is "trade-in" or "sell");
        var wanted = vehicles.FirstOrDefault(v => v != tradeIn);
        if (wanted is not null)
        {
            values[F.Condition] = Attribute(wanted, "status");
            values[F.Financing] = Financing(wanted);
            values[F.Make] = Text(wanted, "make");
            values[F.Model] = Text(wanted, "model");
            values[F.Year] = Text(wanted, "year");
            values[F.AdReference] = Text(wanted, "stock") ?? Text(wanted, "id");
            values[F.Budget] = Children(wanted, "finance").SelectMany(f => Children(f, "amount"))
                .FirstOrDefault(a => Attribute(a, "type") == "monthly")?.Value.Trim() ?? Text(wanted, "price");
        }
        if (tradeIn is not null)
        {
            values[F.TradeInMake] = Text(tradeIn, "make");
            values[F.TradeInModel] = Text(tradeIn, "model");
            values[F.TradeInYear] = Text(tradeIn, "year");
            values[F.TradeInMileageKm] = Text(tradeIn, "odometer");
        }

        if (Child(prospect, "customer") is { } customer)
        {
            if (Child(customer, "contact") is { } contact) AddContact(values, contact);
            // ADF timeframes are free text; an unrecognised one is left out rather than rejecting the lead.
            var timeframe = Child(customer, "timeframe") is { } t ? Text(t, "description") : null;
            if (timeframe is not null && IntakeValues.Timeframe(timeframe) is not null) values[F.Timeframe] = timeframe;
            values[F.Message] = string.Join("\n", new[] { Text(customer, "comments"), wanted is null ? null : Text(wanted, "comments") }
                .Where(c => c is not null));
        }

        // The vendor ids are the listing site's own: a known vendor names the point of sale, an unknown one leaves it
        // to the import's default (the mailbox or feed of one point of sale), and is an error only without one.
        if (Child(prospect, "vendor") is { } vendor)
        {
            var known = new[] { Text(vendor, "id"), Text(vendor, "vendorname") }.FirstOrDefault(v => context.FindPointOfSale(v) is not null);
            values[F.PointOfSale] = known ?? (context.DefaultPointOfSaleId is null ? Text(vendor, "vendorname") ?? Text(vendor, "id") : null);
        }

        var provider = Child(prospect, "provider") is { } p ? Names(p).Values.FirstOrDefault() : null;
        values[F.Source] = provider ?? Child(prospect, "id")?.Attribute("source")?.Value;
        return values;
    }

    private static void AddContact(Dictionary<string, string?> values, XElement contact)
    {
        var names = Names(contact);
        values[F.FirstName] = names.GetValueOrDefault("first");
        values[F.LastName] = names.GetValueOrDefault("last") ?? names.GetValueOrDefault("full");
        values[F.CompanyName] = names.GetValueOrDefault("business");
        values[F.Email] = Text(contact, "email");
        values[F.Phone] = Children(contact, "phone").OrderBy(p => Attribute(p, "type") is "cellphone" or "voice" ? 0 : 1)
            .Select(p => p.Value.Trim()).FirstOrDefault(v => v.Length > 0);
    }

    /// <summary>The &lt;name&gt; elements by part (first, last, full) and, for a business name, by its type.</summary>
    private static Dictionary<string, string> Names(XElement parent)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Children(parent, "name").Where(n => n.Value.Trim().Length > 0))
        {
            var key = Attribute(name, "type") == "business" ? "business" : Attribute(name, "part") ?? "full";
            names.TryAdd(key, name.Value.Trim());
        }
        return names;
    }

    // interest="lease" is a rental; the ADF has no LOA, so a lease is read as LLD. A purchase with a <finance> method
    // of "lease" is a lease too; any other purchase (cash or credit) is a purchase.
    private static string? Financing(XElement vehicle) => Attribute(vehicle, "interest") switch
    {
        "lease" => "lld",
        "buy" => Child(vehicle, "finance") is { } finance && Text(finance, "method")?.ToLowerInvariant() == "lease" ? "lld" : "purchase",
        _ => null,
    };

    private static IEnumerable<XElement> Children(XElement parent, string name) => parent.Elements().Where(e => e.Name.LocalName == name);

    private static XElement? Child(XElement parent, string name) => Children(parent, name).FirstOrDefault();

    private static string? Text(XElement parent, string name) =>
        Child(parent, name)?.Value.Trim() is { Length: > 0 } text ? text : null;

    private static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value.Trim().ToLowerInvariant();

    private static RejectedRow Rejected(int row, string message) => new(row, new Dictionary<string, string[]> { ["document"] = [message] });
}
