using System.Security.Claims;
using Claim = Leasing.Claims.Domain.Claim;
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

/// <param name="QuotedAmount">The garage's quote, excluding VAT.</param>
public sealed record AuthoriseRepair(string? Garage, decimal? QuotedAmount, long? ExpectedVersion);

/// <summary>
/// The garage's quote against the expert's figure: within it, the repair is authorised at once; above it, the quote
/// waits for a senior claims handler (the workflow's approval task), recorded as an approval request.
/// </summary>
public static class AuthoriseRepairEndpoint
{
    public static ProblemDetails Validate(AuthoriseRepair command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion)
        .Required(command.Garage, "garage")
        .Required(command.QuotedAmount, "quotedAmount").When(command.QuotedAmount <= 0m, "quotedAmount", "Must be more than zero.")
        .ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/repair-authorisation", Name = "AuthoriseRepair")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, AuthoriseRepair command, ClaimsPrincipal user, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, claim => Decide(claim, command, user.NameOf(), clock.GetUtcNow()),
            cancellation);

    public static ClaimDecision Decide(Claim claim, AuthoriseRepair command, string by, DateTimeOffset now)
    {
        if (!ClaimActions.CanAuthoriseRepair(claim))
            return ClaimProblems.NotAllowed(claim, ClaimAction.AuthoriseRepair, claim.Report is null ? "The expert's report is needed first."
                : claim.Report.TotalLoss ? "The vehicle is a total loss: it is not repaired." : "The repair is already authorised or waits for approval.");
        var garage = command.Garage!.Trim();
        var quoted = MoneyRounding.ToCent(command.QuotedAmount!.Value);
        var figure = claim.Report!.RepairEstimate;
        if (quoted <= figure)
        {
            var withinSla = now <= claim.Report.AuthorisationDueBy;
            return ClaimDecision.Append(new RepairAuthorisationGiven(claim.Id, garage, quoted, Approved: false, null, withinSla, now),
                new Integration.RepairAuthorised(claim.Id, claim.ContractId, garage, quoted, false, by, claim.Report.AuthorisationDueBy, withinSla, now));
        }
        return ClaimDecision.Append(new RepairApprovalAsked(claim.Id, garage, quoted, now),
            new Integration.RepairApprovalRequested(claim.Id, claim.ContractId, garage, quoted, figure, MoneyRounding.ToCent(quoted - figure), by, now));
    }
}
