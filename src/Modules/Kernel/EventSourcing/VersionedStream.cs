using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Leasing.Kernel.EventSourcing;

public sealed record StreamWritten(Guid Id, long Version);

/// <summary>
/// Appends to an aggregate's stream at the version the caller last saw. A different current version is a 409
/// before anything is decided; Marten re-checks at commit, so an edit racing this one also ends in a 409.
/// </summary>
public static class VersionedStream
{
    public static async Task<IResult> AppendAsync<T>(IDocumentSession session, Guid id, long expectedVersion, string what,
        Func<T, Decision> decide, CancellationToken cancellation) where T : class
    {
        var stream = await session.Events.FetchForWriting<T>(id, cancellation);
        if (stream.Aggregate is null) return Results.Problem(Problems.NotFound(what));
        if (stream.CurrentVersion != expectedVersion)
            return Results.Problem(Problems.Conflict($"The {what.ToLowerInvariant()} is at version {stream.CurrentVersion}; this change was made on version {expectedVersion}."));

        var decision = decide(stream.Aggregate);
        if (decision.Refusal is not null) return Results.Problem(decision.Refusal);
        stream.AppendMany(decision.Events.ToArray());
        return Results.Ok(new StreamWritten(id, expectedVersion + decision.Events.Count));
    }

    public static FieldErrors ExpectedVersion(this FieldErrors errors, long? expectedVersion) =>
        errors.Required(expectedVersion, "expectedVersion").When(expectedVersion < 1, "expectedVersion", "'expectedVersion' starts at 1.");
}
