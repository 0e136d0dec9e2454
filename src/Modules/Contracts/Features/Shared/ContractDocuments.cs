namespace Leasing.Contracts.Features.Shared;

/// <summary>A file kept by the module (the signed contract PDF, a delivery or return photo), with the hash the events name.</summary>
public sealed record StoredFile
{
    public Guid Id { get; init; }
    public Guid ContractId { get; init; }
    public string Kind { get; init; } = "";
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public byte[] Content { get; init; } = [];
    public string Sha256 { get; init; } = "";
    public DateTimeOffset StoredAt { get; init; }

    public static StoredFile Of(Guid id, Guid contractId, string kind, string fileName, string contentType, byte[] content, DateTimeOffset at) => new()
    {
        Id = id, ContractId = contractId, Kind = kind, FileName = fileName, ContentType = contentType, Content = content,
        Sha256 = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content)).ToLowerInvariant(), StoredAt = at,
    };
}
