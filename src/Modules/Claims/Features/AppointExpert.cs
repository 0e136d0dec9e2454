using Leasing.Claims.Domain;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Integration = Leasing.Claims.IntegrationEvents;

namespace Leasing.Claims.Features;

public sealed record AppointExpert(string? Firm, string? ExpertName, DateOnly? InspectionOn, long? ExpectedVersion);

/// <summary>The expert is appointed (SLA: two French working days after the declaration; a late appointment is recorded as such).</summary>
public static class AppointExpertEndpoint
{
    public static ProblemDetails Validate(AppointExpert command) =>
        new FieldErrors().ExpectedVersion(command.ExpectedVersion).Required(command.Firm, "firm").ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/expert", Name = "AppointExpert")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, AppointExpert command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, claim => Decide(claim, command, clock.GetUtcNow()), cancellation);

    public static ClaimDecision Decide(Claim claim, AppointExpert command, DateTimeOffset now)
    {
        if (!ClaimActions.Allowed(claim).Contains(ClaimAction.AppointExpert))
            return ClaimProblems.NotAllowed(claim, ClaimAction.AppointExpert, claim.Expert is null ? null : "An expert is already appointed.");
        if (command.InspectionOn is { } on && on < DateOnly.FromDateTime(claim.Incident.OccurredAt.UtcDateTime))
            return Problems.Field("inspectionOn", "The inspection cannot be before the accident.");
        var withinSla = now <= claim.ExpertAppointmentDueBy;
        return ClaimDecision.Append(new ExpertMissioned(claim.Id, command.Firm!.Trim(), command.ExpertName, command.InspectionOn, withinSla, now),
            new Integration.ExpertAppointed(claim.Id, claim.ContractId, command.Firm.Trim(), command.ExpertName, command.InspectionOn,
                claim.ExpertAppointmentDueBy, withinSla, now));
    }
}
