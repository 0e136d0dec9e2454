using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Leasing.Host.Security;

/// <summary>One data-protection key ring element (the XML ASP.NET writes), kept in PostgreSQL.</summary>
public sealed record DataProtectionKey(string Id, string Xml);

/// <summary>
/// The key ring that signs bearer tokens, cookies and antiforgery tokens lives in the product's database: every Host
/// sharing the database accepts what another issued, and a restart signs nobody out. Keys are protected at rest by
/// the database's own access control (no certificate is configured for them).
/// </summary>
public sealed class MartenKeyRepository(IDocumentStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // The interface is synchronous; it is called when the key ring is loaded or a key is created, not per request.
        using var session = store.QuerySession();
        return session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult().Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Store(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}
