using Leasing.Claims.Domain;
using Leasing.Kernel.Monetary;
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

/// <param name="RepairEstimate">The expert's figure for the repair, excluding VAT (the ceiling a garage quote is authorised within).</param>
/// <param name="VehicleValue">The vehicle's value before the accident (VRADE), required for a total loss.</param>
public sealed record RecordExpertReport(decimal? RepairEstimate, bool? TotalLoss, decimal? VehicleValue, long? ExpectedVersion);

/// <summary>
/// The expert's report: the repair estimate, or a total loss (the repair would cost more than the vehicle is worth).
/// It starts the repair-authorisation SLA: one working day.
/// </summary>
public static class RecordExpertReportEndpoint
{
    public static ProblemDetails Validate(RecordExpertReport command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion)
        .Required(command.RepairEstimate, "repairEstimate").When(command.RepairEstimate < 0m, "repairEstimate", "Cannot be negative.")
        .Required(command.TotalLoss, "totalLoss")
        .When(command.TotalLoss == true && command.VehicleValue is not > 0m, "vehicleValue", "A total loss needs the vehicle's value before the accident.")
        .ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/expert-report", Name = "RecordExpertReport")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, RecordExpertReport command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, claim => Decide(claim, command, clock.GetUtcNow()), cancellation);

    public static ClaimDecision Decide(Claim claim, RecordExpertReport command, DateTimeOffset now)
    {
        if (!ClaimActions.Allowed(claim).Contains(ClaimAction.RecordExpertReport))
            return ClaimProblems.NotAllowed(claim, ClaimAction.RecordExpertReport, claim.Expert is null ? "Appoint an expert first." : "The report is already recorded.");
        var estimate = MoneyRounding.ToCent(command.RepairEstimate!.Value);
        var value = command.TotalLoss == true ? MoneyRounding.ToCent(command.VehicleValue!.Value) : (decimal?)null;
        var dueBy = ClaimSla.RepairAuthorisationDueBy(now);
        return ClaimDecision.Append(new ExpertReportRecorded(claim.Id, estimate, command.TotalLoss!.Value, value, dueBy, now),
            new Integration.ExpertReportReceived(claim.Id, claim.ContractId, estimate, command.TotalLoss.Value, value, dueBy, now));
    }
}
