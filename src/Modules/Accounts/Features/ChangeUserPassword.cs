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

public sealed record ChangeUserPassword(string? Password, long? ExpectedVersion);

public static class ChangeUserPasswordEndpoint
{
    public static ProblemDetails Validate(ChangeUserPassword command) =>
        new FieldErrors().CheckPassword(command.Password, "password").ExpectedVersion(command.ExpectedVersion).ToProblem();

    /// <summary>An administrator sets a new password; it also lifts a lockout.</summary>
    [Authorize(Policy = Policies.ManageUsers)]
    [WolverinePut("/api/users/{id}/password", Name = "ChangeUserPassword")]
    [Tags("Users")]
    public static async Task<IResult> Put(Guid id, ChangeUserPassword command, IDocumentSession session, PasswordHashing hashing,
        TimeProvider clock, CancellationToken cancellation)
    {
        var hash = hashing.Hash(command.Password!);
        return await UserStream.AppendAsync(session, id, command.ExpectedVersion!.Value, account =>
        {
            // The hash is stored beside the stream, in the same transaction, only when the account exists.
            session.Store(new UserCredential(account.Id, hash));
            return [new UserPasswordChanged(id, clock.GetUtcNow())];
        }, cancellation);
    }
}
