using System.Security.Cryptography;
using System.Text;

namespace Leasing.Contracts.Domain.Billing;

/// <summary>
/// Deterministic ids (RFC 4122 name-based, SHA-1, version 5): the same contract and month always give the same invoice
/// stream id, so a billing run that runs twice, or two runs racing, can never issue a second invoice for a month (the
/// event store refuses a second stream with that id).
/// </summary>
public static class InvoiceIds
{
    private static readonly Guid Namespace = new("6f2b8e0c-3d4a-4c59-9a57-1c0b6a2f9e31");

    public static Guid RentInvoice(Guid contractId, string monthKey) => NameBased($"rent:{contractId:N}:{monthKey}");

    public static Guid BillingRun(string monthKey) => NameBased($"billing-run:{monthKey}");

    public static Guid NameBased(string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        Namespace.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(hash[..16], bigEndian: true);
    }
}
