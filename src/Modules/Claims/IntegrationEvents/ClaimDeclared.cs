namespace Leasing.Claims.IntegrationEvents;

// The only types other modules may use from Claims. Flat and self-contained on purpose: a workflow or another module
// acts on one of these messages alone. Every message carries the claim id, the contract id and the instant it
// happened. Enumerations travel as their names; amounts are euros excluding VAT, rounded to the cent (the lessor owns
// the vehicles and recovers VAT: garages, experts and insurers are settled excluding VAT).

/// <summary>
/// A claim was declared on a vehicle under contract. <c>Channel</c> is <c>Hotline</c>, <c>Driver</c> (public form with a
/// one-time code) or <c>FleetManager</c>; <c>Kind</c> is <c>Collision</c>, <c>SingleVehicle</c>, <c>Theft</c>,
/// <c>Vandalism</c>, <c>Glass</c>, <c>Weather</c>, <c>Fire</c> or <c>Other</c>. <c>ExpertAppointmentDueBy</c> is the
/// SLA for appointing an expert: two French working days after the declaration.
/// </summary>
public sealed record ClaimDeclared(
    Guid ClaimId, string ClaimNumber, Guid ContractId, string ContractNumber, string? CompanyId, string Registration,
    string Kind, DateTimeOffset OccurredAt, string Place, bool Drivable, bool Injuries, bool ThirdPartyInvolved,
    string Channel, bool ReplacementVehicleIncluded, bool AssistanceIncluded, DateTimeOffset ExpertAppointmentDueBy,
    string DeclaredBy, DateTimeOffset DeclaredAt);
