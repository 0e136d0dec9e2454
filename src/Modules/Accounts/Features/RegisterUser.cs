using Leasing.Accounts.Domain;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Accounts.Features;

public sealed record RegisterUser(string? UserName, string? DisplayName, string? Password, string[]? Roles, string? CompanyId, string[]? Permissions = null);

public sealed record UserRegisteredResponse(Guid Id, string UserName, long Version);

public static class RegisterUserEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(RegisterUser command, IQuerySession session, CancellationToken cancellation)
    {
        var errors = new FieldErrors().Required(command.UserName, "userName").Required(command.DisplayName, "displayName")
            .CheckPassword(command.Password, "password").CheckRoles(command.Roles, command.CompanyId).CheckPermissions(command.Permissions);
        if (command.UserName is { } raw && !string.IsNullOrWhiteSpace(raw))
        {
            var userName = UserNames.Normalize(raw);
            if (!UserNames.IsValid(userName))
                errors.Add("userName", "Use 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.");
            else if (await session.Query<UserAccount>().AnyAsync(a => a.UserName == userName, cancellation))
                errors.Add("userName", $"The user name '{userName}' is taken.");
        }
        return errors.ToProblem();
    }

    [Authorize(Policy = Policies.ManageUsers)]
    [WolverinePost("/api/users", Name = "RegisterUser")]
    [Tags("Users")]
    public static IResult Post(RegisterUser command, IDocumentSession session, PasswordHashing hashing, TimeProvider clock)
    {
        var id = TypedIds.NewGuid();
        var userName = UserNames.Normalize(command.UserName!);
        var roles = command.Roles!.Distinct(StringComparer.Ordinal).ToArray();
        session.Events.StartStream<UserAccount>(id,
            new UserRegistered(id, userName, command.DisplayName!.Trim(), roles, NullIfBlank(command.CompanyId), clock.GetUtcNow(),
                (command.Permissions ?? []).Distinct(StringComparer.Ordinal).ToArray()));
        session.Store(new UserCredential(id, hashing.Hash(command.Password!)));
        return Results.Created($"/api/users/{id}", new UserRegisteredResponse(id, userName, 1));
    }

    internal static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
