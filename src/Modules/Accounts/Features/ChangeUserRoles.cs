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

public sealed record ChangeUserRoles(string[]? Roles, string? CompanyId, long? ExpectedVersion);

public static class ChangeUserRolesEndpoint
{
    public static ProblemDetails Validate(ChangeUserRoles command) =>
        new FieldErrors().CheckRoles(command.Roles, command.CompanyId).ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ManageUsers)]
    [WolverinePut("/api/users/{id}/roles", Name = "ChangeUserRoles")]
    [Tags("Users")]
    public static Task<IResult> Put(Guid id, ChangeUserRoles command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        UserStream.AppendAsync(session, id, command.ExpectedVersion!.Value, _ =>
            [new UserRolesChanged(id, command.Roles!.Distinct().ToArray(), RegisterUserEndpoint.NullIfBlank(command.CompanyId), clock.GetUtcNow())],
            cancellation);
}
