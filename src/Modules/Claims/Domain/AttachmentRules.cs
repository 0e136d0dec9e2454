namespace Leasing.Claims.Domain;

/// <summary>The file types a claim accepts, told by their first bytes (a name can say anything).</summary>
public enum AttachmentType { Jpeg, Png, Pdf }

/// <summary>
/// Photos (JPEG, PNG) and documents (PDF) only, 5 MB at most each: what phones and scanners produce, and nothing that
/// runs. The type is read from the content's signature; a name whose extension says otherwise is refused too, since
/// the file would open wrongly (or be something else) on the handler's machine.
/// </summary>
public static class AttachmentRules
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerRequest = 10;

    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    public static AttachmentType? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith(JpegSignature) ? AttachmentType.Jpeg
        : content.StartsWith(PngSignature) ? AttachmentType.Png
        : content.StartsWith(PdfSignature) ? AttachmentType.Pdf
        : null;

    public static string ContentType(AttachmentType type) => type switch
    {
        AttachmentType.Jpeg => "image/jpeg",
        AttachmentType.Png => "image/png",
        _ => "application/pdf",
    };

    /// <summary>Why the file cannot be kept, or null when it can.</summary>
    public static string? Problem(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0) return "The file is empty.";
        if (content.Length > MaxBytes) return $"The file is {content.Length / 1024 / 1024.0:0.0} MB; at most {MaxBytes / 1024 / 1024} MB.";
        if (Sniff(content) is not { } type) return "Only JPEG or PNG photos and PDF documents are accepted (the content is neither).";
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var expected = type switch
        {
            AttachmentType.Jpeg => new[] { ".jpg", ".jpeg" },
            AttachmentType.Png => [".png"],
            _ => [".pdf"],
        };
        if (extension.Length > 0 && !expected.Contains(extension))
            return $"The file is named '{extension}' but its content is {type.ToString().ToUpperInvariant()}.";
        return null;
    }
}
