using Leasing.Claims.Domain;
using Leasing.Claims.ReadModels;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Claims.Features;

/// <summary>The public form: the statement and the one-time code the driver received.</summary>
public sealed record DriverDeclaration(string? Code, ClaimStatement? Statement);

/// <summary>
/// A driver declares a claim on the public form, anonymous and rate-limited, proving who they are with the one-time
/// code sent to their phone or e-mail. A wrong code counts against the code (five tries), an expired or used one is
/// refused; the claim is stored only when everything is right, and the code is then spent.
/// </summary>
public static class DeclareClaimAsDriverEndpoint
{
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.PublicPerClient)]
    [WolverinePost("/api/public/claims", Name = "DeclareClaimAsDriver")]
    [Tags("Claims (public)")]
    public static async Task<IResult> Post(DriverDeclaration declaration, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var statement = declaration.Statement ?? new ClaimStatement(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        var (errors, kind, attachments) = ClaimDeclaration.Check(statement, now);
        errors.Required(declaration.Code, "code");
        if (errors.Any) return Results.Problem(Prefixed(errors).ToProblem());

        var key = Registrations.Key(statement.Registration);
        session.LastModifiedBy = $"driver:{key}";
        var code = await session.Query<DeclarationCode>().Where(c => c.RegistrationKey == key && c.UsedAt == null)
            .OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(cancellation);
        if (code is null || code.FailedAttempts >= DeclarationCodes.MaxFailedAttempts)
            return Results.Problem(Problems.Field("code", "No valid code for this vehicle: ask for a new one."));
        if (!DeclarationCodes.Matches(code.Id, declaration.Code, code.CodeHash))
        {
            // Stored although the answer is a 400: the tries must count, or the six digits could be guessed.
            session.Store(code with { FailedAttempts = code.FailedAttempts + 1 });
            return Results.Problem(Problems.Field("code", $"Wrong code ({DeclarationCodes.MaxFailedAttempts - code.FailedAttempts - 1} tries left)."));
        }
        if (code.ExpiresAt < now) return Results.Problem(Problems.Field("code", "The code has expired: ask for a new one."));

        var (vehicle, vehicleErrors) = await ClaimDeclaration.FindVehicleAsync(session, statement, cancellation);
        if (vehicleErrors.Any) return Results.Problem(Prefixed(vehicleErrors).ToProblem());
        if (vehicle!.Id != code.ContractId) return Results.Problem(Problems.Field("code", "This code was sent for another contract: ask for a new one."));

        var result = await ClaimDeclaration.OpenAsync(session, bus, statement, kind!.Value, attachments, vehicle, DeclarationChannel.Driver,
            $"driver:{key}", clock, cancellation);
        if (result is IValueHttpResult { Value: ClaimDeclaredAnswer answer })
            session.Store(code with { UsedAt = now, ClaimId = answer.ClaimId });
        return result;
    }

    /// <summary>The statement's fields are nested under "statement" in this request.</summary>
    private static FieldErrors Prefixed(FieldErrors errors)
    {
        var prefixed = new FieldErrors();
        foreach (var (field, messages) in errors.ToDictionary())
            foreach (var message in messages)
                prefixed.Add(field == "code" ? field : $"statement.{field}", message);
        return prefixed;
    }
}
