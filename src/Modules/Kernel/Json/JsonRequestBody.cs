using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Leasing.Kernel.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Leasing.Kernel.Json;

/// <summary>
/// Reads a small JSON body whole, then parses it in one synchronous pass with compile-time metadata (no streaming
/// parser, no per-request buffer state). What is wrong with the body is a 400 naming the field where the reader stopped,
/// or "body" when the document itself is broken or empty.
/// </summary>
public static class JsonRequestBody
{
    /// <summary>Far above any form read this way (a simulation is ~300 bytes); beyond it the caller gets a 413.</summary>
    public const int MaxBytes = 64 * 1024;

    public static async ValueTask<(T? Value, ProblemDetails? Problem)> ReadAsync<T>(
        HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellation) where T : class
    {
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellation);
            var buffer = read.Buffer;
            if (buffer.Length > MaxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return (null, new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge, Title = "Body too large.", Detail = $"At most {MaxBytes} bytes.",
                });
            }
            if (!read.IsCompleted && !read.IsCanceled)
            {
                reader.AdvanceTo(buffer.Start, buffer.End); // nothing consumed yet: wait for the rest
                continue;
            }
            try
            {
                return Parse(buffer, type);
            }
            finally
            {
                reader.AdvanceTo(buffer.End);
            }
        }
    }

    private static (T? Value, ProblemDetails? Problem) Parse<T>(ReadOnlySequence<byte> body, JsonTypeInfo<T> type) where T : class
    {
        if (body.IsEmpty) return (null, Problems.Field("body", "A JSON object is required."));
        try
        {
            var value = body.IsSingleSegment ? JsonSerializer.Deserialize(body.FirstSpan, type) : JsonSerializer.Deserialize(body.ToArray(), type);
            return value is null ? (null, Problems.Field("body", "A JSON object is required.")) : (value, null);
        }
        catch (JsonException e)
        {
            // The path says where the reader was: a value of the wrong type there, or JSON broken at that point.
            var field = FieldOf(e.Path);
            var where = $"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}";
            return (null, Problems.Field(field, field == "body"
                ? $"Not valid JSON ({where})."
                : $"'{field}' could not be read ({where}): a value of the expected type is needed, in valid JSON."));
        }
    }

    /// <summary>"$.vehiclePrice" → "vehiclePrice"; the document itself ("$", or no path) → "body".</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
