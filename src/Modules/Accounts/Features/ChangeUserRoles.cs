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

public sealed record ChangeUserRoles(string[]? Roles, string? CompanyId, long? ExpectedVersion, string[]? Permissions = null);

public static class ChangeUserRolesEndpoint
{
    public static ProblemDetails Validate(ChangeUserRoles command) =>
        new FieldErrors().CheckRoles(command.Roles, command.CompanyId).CheckPermissions(command.Permissions).ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ManageUsers)]
    [WolverinePut("/api/users/{id}/roles", Name = "ChangeUserRoles")]
    [Tags("Users")]
    public static Task<IResult> Put(Guid id, ChangeUserRoles command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        // Permissions left out (null) stay as they are: a client that knows only roles does not revoke them.
        UserStream.AppendAsync(session, id, command.ExpectedVersion!.Value, account =>
            [new UserRolesChanged(id, command.Roles!.Distinct().ToArray(), RegisterUserEndpoint.NullIfBlank(command.CompanyId), clock.GetUtcNow(),
                (command.Permissions ?? account.Permissions).Distinct().ToArray())],
            cancellation);
}
