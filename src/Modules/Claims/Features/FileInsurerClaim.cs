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

/// <param name="AccidentReportCase">For a collision: the case of the accident report grid (<c>GET /api/claims/accident-report-cases</c>).</param>
/// <param name="DriverRole">Our driver's position in that case (e.g. <c>Struck</c> in a rear-end collision).</param>
public sealed record FileInsurerClaim(string? Insurer, string? InsurerReference, string? AccidentReportCase, string? DriverRole, long? ExpectedVersion);

/// <summary>
/// The claim is filed with the insurer. The driver's share of fault (0, 50 or 100 %) comes from the accident report's
/// case for a collision, from the kind of claim otherwise; it decides the share of the deductible charged later.
/// </summary>
public static class FileInsurerClaimEndpoint
{
    public static ProblemDetails Validate(FileInsurerClaim command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion)
        .Required(command.Insurer, "insurer").Required(command.InsurerReference, "insurerReference").ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/insurer-claim", Name = "FileInsurerClaim")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, FileInsurerClaim command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, claim => Decide(claim, command, clock.GetUtcNow()), cancellation);

    public static ClaimDecision Decide(Claim claim, FileInsurerClaim command, DateTimeOffset now)
    {
        if (!ClaimActions.Allowed(claim).Contains(ClaimAction.FileInsurerClaim))
            return ClaimProblems.NotAllowed(claim, ClaimAction.FileInsurerClaim, claim.Insurer is null ? null : "The claim is already filed with the insurer.");
        AccidentReportCase? reportCase = null;
        CaseRole? role = null;
        if (claim.Incident.Kind == ClaimKind.Collision)
        {
            var errors = new FieldErrors();
            reportCase = AccidentReportCases.Find(command.AccidentReportCase);
            if (reportCase is null)
                errors.Add("accidentReportCase", $"A collision is filed with its accident report case, one of: {string.Join(", ", AccidentReportCases.All.Select(c => c.Code))}.");
            else if ((role = reportCase.Role(command.DriverRole)) is null)
                errors.Add("driverRole", $"In case {reportCase.Code}, one of: {string.Join(", ", reportCase.Roles.Select(r => r.Code))}.");
            if (errors.Any) return errors.ToProblem();
        }
        var assessment = DeductibleRule.Assess(claim.Incident.Kind, reportCase, role);
        return ClaimDecision.Append(new InsurerClaimLodged(claim.Id, command.Insurer!.Trim(), command.InsurerReference!.Trim(), reportCase?.Code, role?.Code,
                assessment.LiabilityPercent, assessment.DeductiblePercent, now),
            new Integration.InsurerClaimFiled(claim.Id, claim.ContractId, command.Insurer.Trim(), command.InsurerReference.Trim(), reportCase?.Code,
                assessment.LiabilityPercent, now));
    }
}
