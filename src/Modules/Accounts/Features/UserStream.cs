using Leasing.Accounts.Domain;
using Leasing.Kernel.EventSourcing;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Leasing.Accounts.Features;

internal static class UserStream
{
    public static Task<IResult> AppendAsync(IDocumentSession session, Guid userId, long expectedVersion,
        Func<UserAccount, IEnumerable<object>> decide, CancellationToken cancellation) =>
        VersionedStream.AppendAsync<UserAccount>(session, userId, expectedVersion, "User",
            account => Decision.Append(decide(account).ToArray()), cancellation);
}
