using Leasing.Accounts.Domain;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Accounts.Features;

public enum UserStatusChange { Unlock, Disable, Enable }

public sealed record ChangeUserStatus(UserStatusChange? Change, long? ExpectedVersion);

public static class ChangeUserStatusEndpoint
{
    public static ProblemDetails Validate(ChangeUserStatus command) =>
        new FieldErrors().Required(command.Change, "change").ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ManageUsers)]
    [WolverinePost("/api/users/{id}/status", Name = "ChangeUserStatus")]
    [Tags("Users")]
    public static Task<IResult> Post(Guid id, ChangeUserStatus command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        UserStream.AppendAsync(session, id, command.ExpectedVersion!.Value, account => Decide(account, command.Change!.Value, clock.GetUtcNow()), cancellation);

    private static IEnumerable<object> Decide(UserAccount account, UserStatusChange change, DateTimeOffset now) => change switch
    {
        UserStatusChange.Unlock when account.IsLockedAt(now) || account.FailuresInARow > 0 => [new UserUnlocked(account.Id, now)],
        UserStatusChange.Disable when !account.Disabled => [new UserDisabled(account.Id, now)],
        UserStatusChange.Enable when account.Disabled => [new UserEnabled(account.Id, now)],
        _ => [], // already in the asked state: nothing changes, nothing is recorded
    };
}
