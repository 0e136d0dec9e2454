using Leasing.Accounts.Domain;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Leasing.Accounts.Features;

/// <summary>
/// Appends to a user's stream at the version the caller last saw. A stale version throws Marten's
/// concurrency exception, which the Host answers with 409: an edit is never applied over one the caller did not see.
/// </summary>
internal static class UserStream
{
    public static async Task<IResult> AppendAsync(IDocumentSession session, Guid userId, long expectedVersion,
        Func<UserAccount, IEnumerable<object>> decide, CancellationToken cancellation)
    {
        // Marten re-checks the version at commit, so an edit racing this one between read and commit also gets a 409.
        var stream = await session.Events.FetchForWriting<UserAccount>(userId, cancellation);
        if (stream.Aggregate is null) return Results.Problem(Problems.NotFound("User"));
        if (stream.CurrentVersion != expectedVersion)
            return Results.Problem(Problems.Conflict($"The user is at version {stream.CurrentVersion}; this change was made on version {expectedVersion}."));
        var events = decide(stream.Aggregate).ToArray();
        stream.AppendMany(events);
        return Results.Ok(new { id = userId, version = expectedVersion + events.Length });
    }

    public static FieldErrors ExpectedVersion(this FieldErrors errors, long? expectedVersion) =>
        errors.Required(expectedVersion, "expectedVersion").When(expectedVersion < 1, "expectedVersion", "'expectedVersion' starts at 1.");
}
