using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace Leasing.Accounts.Features;

public sealed record IssueToken(string? UserName, string? Password);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>Bearer tokens for the HTTP API: the same sign-in rules as the admin (lockout included).</summary>
public static class IssueTokenEndpoint
{
    public static ProblemDetails Validate(IssueToken command) =>
        new FieldErrors().Required(command.UserName, "userName").Required(command.Password, "password").ToProblem();

    [AllowAnonymous]
    [WolverinePost("/api/auth/token", Name = "IssueToken")]
    [Tags("Authentication")]
    public static async Task<IResult> Post(IssueToken command, SignInService signIn, IOptionsMonitor<BearerTokenOptions> tokenOptions,
        TimeProvider clock, CancellationToken cancellation)
    {
        var outcome = await signIn.SignInAsync(command.UserName!, command.Password!, cancellation);
        if (!outcome.Succeeded) return SignInProblem.For(outcome);

        var expiresAt = clock.GetUtcNow() + AuthSchemes.TokenLifetime;
        var principal = AccountPrincipal.Create(outcome.Account!, AuthSchemes.Bearer);
        var properties = new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = expiresAt };
        var protector = tokenOptions.Get(AuthSchemes.Bearer).BearerTokenProtector;
        var token = protector.Protect(new AuthenticationTicket(principal, properties, AuthSchemes.Bearer));
        return Results.Ok(new TokenResponse(token, expiresAt));
    }
}

public static class SignInProblem
{
    public static IResult For(SignInOutcome outcome) => outcome.Failure switch
    {
        SignInFailure.LockedOut => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The account is locked.",
            detail: $"Too many failed sign-ins. Try again after {outcome.LockedUntil:u}."),
        SignInFailure.Disabled => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The account is disabled."),
        _ => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Invalid user name or password."),
    };
}
