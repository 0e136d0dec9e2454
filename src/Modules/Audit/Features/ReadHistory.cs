using System.Globalization;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Audit.Features;

public static class ReadHistoryEndpoint
{
    /// <summary>
    /// GET /api/history/{streamId}?asOf=2026-11-22T10:00:00Z or ?version=3: the stream's events up to that point
    /// and the object's state rebuilt as it was then.
    /// </summary>
    [Authorize(Policy = Policies.ReadHistory)]
    [WolverineGet("/api/history/{streamId}", Name = "ReadHistory")]
    [Tags("History")]
    public static async Task<IResult> Get(string streamId, [FromQuery] string? asOf, [FromQuery] string? version,
        StreamHistory history, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        if (!Guid.TryParse(streamId, out var id)) errors.Add("streamId", "'streamId' must be a GUID.");
        DateTimeOffset? at = null;
        if (!string.IsNullOrEmpty(asOf))
        {
            if (DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) at = parsed;
            else errors.Add("asOf", "'asOf' must be an ISO 8601 date and time, e.g. 2026-11-22T10:00:00Z.");
        }
        long? atVersion = null;
        if (!string.IsNullOrEmpty(version))
        {
            if (long.TryParse(version, out var parsed) && parsed >= 1) atVersion = parsed;
            else errors.Add("version", "'version' must be a whole number from 1.");
        }
        if (errors.Any) return Results.Problem(errors.ToProblem());

        var view = await history.ReadAsync(id, at, atVersion, cancellation);
        return view is null ? Results.Problem(Problems.NotFound("Stream")) : Results.Ok(view);
    }
}
