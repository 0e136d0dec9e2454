using System.Security.Cryptography;
using System.Text;
using Leasing.Claims.Domain;
using Leasing.Claims.ReadModels;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Http;
using Wolverine;
using Integration = Leasing.Claims.IntegrationEvents;

namespace Leasing.Claims.Features;

public sealed record OtherPartyInput(string? Name, string? Registration, string? Insurer, string? PolicyNumber, string? Phone);

/// <summary>
/// What every declaration says, whoever makes it. The vehicle is named by its registration (what the driver reads on
/// the plates); the contract is found from it. The driver defaults to the contract's driver.
/// </summary>
public sealed record ClaimStatement(
    string? Registration, string? Kind, DateTimeOffset? OccurredAt, string? Place, string? Circumstances, bool? Drivable, bool? Injuries,
    string? InjuryDetails, string? PoliceReportReference, IReadOnlyList<OtherPartyInput>? OtherParties,
    string? DriverName, string? DriverPhone, string? DriverEmail, IReadOnlyList<AttachmentInput>? Attachments);

public sealed record ClaimDeclaredAnswer(Guid ClaimId, string Number, long Version, string TrackingCode, DateTimeOffset ExpertAppointmentDueBy);

/// <summary>The checks and the writing of a declaration, shared by the hotline, the fleet manager and the driver's public form.</summary>
internal static class ClaimDeclaration
{
    public const string NumberSequence = "claim_number";

    /// <summary>Everything wrong with the statement itself, each problem named by its field; the vehicle is checked after.</summary>
    public static (FieldErrors Errors, ClaimKind? Kind, List<CheckedAttachment> Attachments) Check(ClaimStatement statement, DateTimeOffset now)
    {
        var errors = new FieldErrors().Required(statement.Registration, "registration");
        var kind = errors.Enum<ClaimKind>(statement.Kind, "kind", required: true);
        errors.Required(statement.OccurredAt, "occurredAt")
            .When(statement.OccurredAt > now.AddMinutes(5), "occurredAt", "The accident cannot be in the future.")
            .When(statement.OccurredAt < now.AddYears(-1), "occurredAt", "More than a year ago: such a claim is handled by the insurer directly.")
            .Required(statement.Place, "place")
            .Required(statement.Circumstances, "circumstances")
            .When(statement.Circumstances is { Length: > 0 and < 10 }, "circumstances", "Say in a sentence what happened (10 characters at least).")
            .When(statement.Circumstances?.Length > 4000, "circumstances", "At most 4 000 characters.")
            .Required(statement.Drivable, "drivable")
            .Required(statement.Injuries, "injuries")
            .When(statement.Injuries == true && string.IsNullOrWhiteSpace(statement.InjuryDetails), "injuryDetails",
                "Say who is injured and how: the hotline calls the emergency services and the insurer first.")
            .When(kind == ClaimKind.Theft && string.IsNullOrWhiteSpace(statement.PoliceReportReference), "policeReportReference",
                "A theft is reported to the police first: give the complaint's reference.")
            .When(kind == ClaimKind.Collision && (statement.OtherParties is null || statement.OtherParties.Count == 0), "otherParties",
                "A collision names the other party as on the accident report (use 'Inconnu' for a hit and run).")
            .When(statement.DriverEmail is { Length: > 0 } email && !email.Contains('@'), "driverEmail", "Not an e-mail address.");
        for (var i = 0; i < (statement.OtherParties?.Count ?? 0); i++)
            errors.Required(statement.OtherParties![i].Name, $"otherParties[{i}].name");
        var attachments = AttachmentUploads.Check(statement.Attachments, errors, now);
        return (errors, kind, attachments);
    }

    /// <summary>The vehicle under contract with this registration, or the refusal naming the field.</summary>
    public static async Task<(InsuredVehicle? Vehicle, FieldErrors Errors)> FindVehicleAsync(IQuerySession session, ClaimStatement statement,
        CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var key = Registrations.Key(statement.Registration);
        var vehicles = await session.Query<InsuredVehicle>().Where(v => v.RegistrationKey == key).ToListAsync(cancellation);
        var active = vehicles.FirstOrDefault(v => v.Status == InsuredVehicleStatus.Active);
        if (active is null)
        {
            var ended = vehicles.OrderByDescending(v => v.EndedOn).FirstOrDefault();
            errors.Add("registration", ended is null
                ? "No vehicle under contract has this registration."
                : $"The contract {ended.ContractNumber} of this vehicle ended on {ended.EndedOn:yyyy-MM-dd} ({ended.EndedBecause}): no claim can be declared on it.");
            return (null, errors);
        }
        if (statement.OccurredAt is { } occurred && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurred, BusinessCalendar.Paris).DateTime) < active.DeliveredOn)
            errors.Add("occurredAt", $"The vehicle was delivered on {active.DeliveredOn:yyyy-MM-dd}, after this date.");
        return (active, errors);
    }

    public static async Task<IResult> OpenAsync(IDocumentSession session, IMessageBus bus, ClaimStatement statement, ClaimKind kind,
        List<CheckedAttachment> attachments, InsuredVehicle vehicle, DeclarationChannel channel, string declaredBy, TimeProvider clock,
        CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var id = TypedIds.NewGuid();
        var number = await NextNumberAsync(session, clock.Today(), cancellation);
        var trackingCode = TrackingCodes.New();
        var dueBy = ClaimSla.ExpertAppointmentDueBy(now);
        var parties = (statement.OtherParties ?? []).Select(p => new OtherParty(p.Name!.Trim(), p.Registration is null ? null : Registrations.Display(p.Registration),
            p.Insurer, p.PolicyNumber, p.Phone)).ToList();
        var incident = new Incident(kind, statement.OccurredAt!.Value, statement.Place!.Trim(), statement.Circumstances!.Trim(), statement.Drivable!.Value,
            statement.Injuries!.Value, statement.InjuryDetails, statement.PoliceReportReference, parties);
        var driver = new DriverContact(string.IsNullOrWhiteSpace(statement.DriverName) ? vehicle.DriverName : statement.DriverName.Trim(),
            string.IsNullOrWhiteSpace(statement.DriverPhone) ? vehicle.DriverPhone : statement.DriverPhone.Trim(),
            string.IsNullOrWhiteSpace(statement.DriverEmail) ? vehicle.DriverEmail : statement.DriverEmail.Trim());
        var snapshot = new InsuredVehicleSnapshot(vehicle.Id, vehicle.ContractNumber, vehicle.CustomerName, vehicle.CustomerType, vehicle.CompanyId,
            vehicle.Registration, vehicle.Vin, vehicle.Make, vehicle.Model, vehicle.DeliveredOn, vehicle.EndsOn);
        var coverage = new ClaimCoverage(vehicle.ReplacementVehicleIncluded, vehicle.ReplacementVehicleCategory, vehicle.ReplacementVehicleDaysAllowed,
            vehicle.InsuranceIncluded, vehicle.InsuranceCover, vehicle.InsuranceDeductible, vehicle.AssistanceIncluded);

        var events = new List<object> { new ClaimOpened(id, number, snapshot, driver, coverage, incident, channel, dueBy, TrackingCodes.Hash(id, trackingCode), now) };
        foreach (var attachment in attachments)
        {
            events.Add(new AttachmentAdded(id, attachment.Info));
            AttachmentContent.Queue(session, attachment.Info.Id, id, attachment.Content);
        }
        session.Events.StartStream<Claim>(id, events.ToArray());
        DriverMessages.Queue(session, driver, $"Sinistre {number} enregistré pour le véhicule {vehicle.Registration}. Suivez-le avec le code {trackingCode}.",
            "ClaimTracking", id, now);
        await bus.PublishAsync(new Integration.ClaimDeclared(id, number, vehicle.Id, vehicle.ContractNumber, vehicle.CompanyId, vehicle.Registration,
            kind.ToString(), incident.OccurredAt, incident.Place, incident.Drivable, incident.Injuries, parties.Count > 0, channel.ToString(),
            vehicle.ReplacementVehicleIncluded, vehicle.AssistanceIncluded, dueBy, declaredBy, now));
        return Results.Created($"/api/claims/{id}", new ClaimDeclaredAnswer(id, number, events.Count, trackingCode, dueBy));
    }

    private static async Task<string> NextNumberAsync(IQuerySession session, DateOnly today, CancellationToken cancellation)
    {
        var next = (await session.QueryAsync<long>($"select nextval('{AttachmentContent.Schema}.{NumberSequence}')", cancellation)).Single();
        return $"SIN-{today.Year}-{next:000000}";
    }
}

/// <summary>
/// The code a driver follows a claim with: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), read out
/// on the phone or typed from an SMS. Only its salted hash is stored.
/// </summary>
public static class TrackingCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 10);

    public static string Hash(Guid claimId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{claimId:N}:{code.Trim().ToUpperInvariant()}")));

    public static bool Matches(Guid claimId, string? code, string hash) =>
        code is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(claimId, code)), Encoding.ASCII.GetBytes(hash));
}
