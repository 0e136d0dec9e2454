using Leasing.Contracts.Domain;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Validation;

namespace Leasing.Contracts.Features.Shared;

/// <summary>A photo sent with a delivery or return report, base64-encoded (JPEG, PNG or WebP, 5 MB at most).</summary>
public sealed record PhotoInput(string? FileName, string? ContentType, string? ContentBase64);

public static class PhotoInputs
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPhotos = 20;
    private static readonly string[] ContentTypes = ["image/jpeg", "image/png", "image/webp"];

    /// <summary>The photos as files to store, or null with each bad one named (photos[i].contentBase64 ...).</summary>
    public static IReadOnlyList<StoredFile>? ToFiles(IReadOnlyList<PhotoInput>? photos, Guid contractId, string kind, DateTimeOffset at,
        FieldErrors errors, bool required)
    {
        photos ??= [];
        if (required && photos.Count == 0) errors.Add("photos", "At least one photo of the vehicle is required.");
        if (photos.Count > MaxPhotos) errors.Add("photos", $"At most {MaxPhotos} photos.");
        var files = new List<StoredFile>();
        for (var i = 0; i < photos.Count; i++)
        {
            var photo = photos[i];
            var field = $"photos[{i}]";
            if (string.IsNullOrWhiteSpace(photo.FileName)) errors.Add($"{field}.fileName", "'fileName' is required.");
            if (photo.ContentType is null || !ContentTypes.Contains(photo.ContentType))
                errors.Add($"{field}.contentType", $"'contentType' must be one of: {string.Join(", ", ContentTypes)}.");
            byte[]? content = null;
            try { content = Convert.FromBase64String(photo.ContentBase64 ?? ""); }
            catch (FormatException) { errors.Add($"{field}.contentBase64", "Not base64."); }
            if (content is { Length: 0 }) errors.Add($"{field}.contentBase64", "The photo is empty.");
            if (content is { Length: > MaxBytes }) errors.Add($"{field}.contentBase64", "At most 5 MB.");
            if (content is { Length: > 0 and <= MaxBytes } && !string.IsNullOrWhiteSpace(photo.FileName) && photo.ContentType is not null)
                files.Add(StoredFile.Of(TypedIds.NewGuid(), contractId, kind, photo.FileName.Trim(), photo.ContentType, content, at));
        }
        return errors.Any ? null : files;
    }

    public static PhotoReference ToReference(this StoredFile file) => new(file.Id, file.FileName, file.ContentType, file.Sha256);
}
