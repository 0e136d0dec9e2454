using Leasing.Claims.Domain;
using Leasing.Claims.ReadModels;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wolverine.Http;

namespace Leasing.Claims.Features;

/// <param name="Channel"><c>Sms</c> (the phone given at delivery) or <c>Email</c>; SMS when not given.</param>
public sealed record RequestDeclarationCode(string? Registration, string? Channel);

/// <summary>
/// The public form's first step: a one-time code sent to the phone or e-mail the contract gave for the vehicle's driver
/// (the outbox record of <see cref="DriverMessage"/>). The answer is the same whether the vehicle is known or not, so the
/// form cannot be used to learn which vehicles are under contract; the code itself proves the driver.
/// </summary>
public static class RequestDeclarationCodeEndpoint
{
    public sealed record CodeRequested(string Message, int ValidMinutes);

    public static ProblemDetails Validate(RequestDeclarationCode command)
    {
        var errors = new FieldErrors().Required(command.Registration, "registration");
        errors.Enum<DriverMessageChannel>(command.Channel, "channel", required: false);
        return errors.ToProblem();
    }

    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.PublicPerClient)]
    [WolverinePost("/api/public/claims/codes", Name = "RequestDeclarationCode")]
    [Tags("Claims (public)")]
    public static async Task<IResult> Post(RequestDeclarationCode command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        session.LastModifiedBy = "public-claim-form";
        var now = clock.GetUtcNow();
        var answer = Results.Accepted(value: new CodeRequested(
            "Si ce véhicule est sous contrat, un code a été envoyé à son conducteur. / If this vehicle is under contract, a code was sent to its driver.",
            (int)DeclarationCodes.Lifetime.TotalMinutes));
        var key = Registrations.Key(command.Registration);
        var vehicle = await session.Query<InsuredVehicle>().Where(v => v.RegistrationKey == key && v.Status == InsuredVehicleStatus.Active)
            .FirstOrDefaultAsync(cancellation);
        if (vehicle is null) return answer;
        var hourAgo = now.AddHours(-1);
        var recent = await session.Query<DeclarationCode>().CountAsync(c => c.RegistrationKey == key && c.CreatedAt > hourAgo, cancellation);
        if (recent >= DeclarationCodes.MaxPerHour)
            return Results.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests, Title = "Too many codes for this vehicle.",
                Detail = $"At most {DeclarationCodes.MaxPerHour} codes an hour for one vehicle: use the last one received, or call the driver hotline.",
                Type = "https://tools.ietf.org/html/rfc6585#section-4",
            });

        var preferred = Enum.TryParse<DriverMessageChannel>(command.Channel, true, out var channel) ? channel : DriverMessageChannel.Sms;
        var id = Guid.CreateVersion7();
        var code = DeclarationCodes.New();
        var sent = DriverMessages.Queue(session, vehicle.DriverPhone, vehicle.DriverEmail,
            $"Votre code de déclaration de sinistre pour {vehicle.Registration} : {code} (valable {DeclarationCodes.Lifetime.TotalMinutes:0} minutes).",
            "DeclarationCode", null, now, preferred);
        if (!sent) return answer; // no contact to send it to: the driver calls the hotline
        session.Store(new DeclarationCode
        {
            Id = id, ContractId = vehicle.Id, RegistrationKey = key, CodeHash = DeclarationCodes.Hash(id, code), CreatedAt = now,
            ExpiresAt = now + DeclarationCodes.Lifetime, Channel = preferred,
        });
        return answer;
    }
}
