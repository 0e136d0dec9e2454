using System.Security.Cryptography;
using Leasing.Claims.Domain;
using Leasing.Kernel.Validation;

namespace Leasing.Claims.Features;

/// <summary>A photo or document sent with a request, its content in base64 (JSON bodies carry the declaration and its files in one go).</summary>
public sealed record AttachmentInput(string? Kind, string? FileName, string? ContentBase64);

/// <summary>An attachment checked and ready to store.</summary>
public sealed record CheckedAttachment(AttachmentInfo Info, byte[] Content);

internal static class AttachmentUploads
{
    /// <summary>Each attachment checked in full (kind, name, base64, type by content, size); problems named attachments[i].field.</summary>
    public static List<CheckedAttachment> Check(IReadOnlyList<AttachmentInput>? inputs, FieldErrors errors, DateTimeOffset now, string field = "attachments")
    {
        var checkedFiles = new List<CheckedAttachment>();
        if (inputs is null) return checkedFiles;
        if (inputs.Count > AttachmentRules.MaxPerRequest)
        {
            errors.Add(field, $"At most {AttachmentRules.MaxPerRequest} files at a time.");
            return checkedFiles;
        }
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var at = $"{field}[{i}]";
            var kind = errors.Enum<AttachmentKind>(input.Kind, $"{at}.kind", required: true);
            errors.Required(input.FileName, $"{at}.fileName").When(input.FileName?.Length > 200, $"{at}.fileName", "At most 200 characters.");
            if (string.IsNullOrWhiteSpace(input.ContentBase64))
            {
                errors.Add($"{at}.contentBase64", $"'{at}.contentBase64' is required.");
                continue;
            }
            var content = Decode(input.ContentBase64);
            if (content is null)
            {
                errors.Add($"{at}.contentBase64", "Not valid base64.");
                continue;
            }
            if (AttachmentRules.Problem(input.FileName ?? "", content) is { } problem)
            {
                errors.Add($"{at}.contentBase64", problem);
                continue;
            }
            if (kind is null || string.IsNullOrWhiteSpace(input.FileName)) continue;
            var type = AttachmentRules.Sniff(content)!.Value;
            checkedFiles.Add(new CheckedAttachment(new AttachmentInfo(Guid.CreateVersion7(), kind.Value, Path.GetFileName(input.FileName.Trim()),
                AttachmentRules.ContentType(type), content.Length, Convert.ToHexStringLower(SHA256.HashData(content)), now), content));
        }
        return checkedFiles;
    }

    private static byte[]? Decode(string base64)
    {
        // Data URLs ("data:image/jpeg;base64,....") are what browsers produce: the prefix is dropped.
        var comma = base64.StartsWith("data:", StringComparison.Ordinal) ? base64.IndexOf(',') : -1;
        var text = comma >= 0 ? base64[(comma + 1)..] : base64;
        var buffer = new byte[text.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
