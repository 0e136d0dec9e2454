using Leasing.Accounts.Domain;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Accounts.ReadModels;

public sealed record CurrentUser(string UserName, string DisplayName, string[] Roles, string? CompanyId);

public static class UserQueries
{
    [Authorize(Policy = Policies.ManageUsers)]
    [WolverineGet("/api/users", Name = "ListUsers")]
    [Tags("Users")]
    public static Task<IReadOnlyList<UserAccount>> List(IQuerySession session, CancellationToken cancellation) =>
        session.Query<UserAccount>().OrderBy(a => a.UserName).ToListAsync(cancellation);

    [Authorize(Policy = Policies.ManageUsers)]
    [WolverineGet("/api/users/{id}", Name = "GetUser")]
    [Tags("Users")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<UserAccount>(id, cancellation) is { } account ? Results.Ok(account) : Results.Problem(Problems.NotFound("User"));

    [Authorize(Policy = Policies.Authenticated)]
    [WolverineGet("/api/me", Name = "CurrentUser")]
    [Tags("Users")]
    public static CurrentUser Me(HttpContext context) => new(
        context.User.NameOf(),
        context.User.FindFirst("display_name")?.Value ?? context.User.NameOf(),
        context.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToArray(),
        context.User.CompanyOf());
}
