using Leasing.Claims.Domain;
using Marten;
using Wolverine;
using Integration = Leasing.Claims.IntegrationEvents;

namespace Leasing.Claims.Features;

/// <summary>
/// The senior claims handler's decision on a quote above the expert's figure, from the workflow's approval task:
/// approved, the repair is authorised for the quoted amount; refused, the garage is to quote again.
/// </summary>
public static class DecideRepairApprovalHandler
{
    public static Task Handle(Integration.DecideRepairApproval command, IDocumentSession session, IMessageContext context, TimeProvider clock,
        CancellationToken cancellation) =>
        WorkflowRequests.ApplyAsync(session, context, command.ClaimId, "DecideRepairApproval", command.RequestedBy, clock,
            claim => Decide(claim, command, WorkflowRequests.Actor(session, command.RequestedBy), clock.GetUtcNow()), cancellation);

    public static ClaimDecision Decide(Claim claim, Integration.DecideRepairApproval command, string by, DateTimeOffset now)
    {
        if (!claim.IsOpen || claim.Repair is not { Approval: RepairApproval.Requested } repair)
            return ClaimProblems.NotAllowed(claim, ClaimAction.AuthoriseRepair, "No quote waits for approval.");
        if (!command.Approved)
            return ClaimDecision.Append(new RepairApprovalDeclined(claim.Id, repair.Garage, repair.QuotedAmount, command.Comment, now),
                new Integration.RepairApprovalRefused(claim.Id, claim.ContractId, repair.Garage, repair.QuotedAmount, command.Comment, by, now));
        var dueBy = claim.Report?.AuthorisationDueBy;
        var withinSla = dueBy is null || now <= dueBy;
        return ClaimDecision.Append(new RepairAuthorisationGiven(claim.Id, repair.Garage, repair.QuotedAmount, Approved: true, command.Comment, withinSla, now),
            new Integration.RepairAuthorised(claim.Id, claim.ContractId, repair.Garage, repair.QuotedAmount, true, by, dueBy, withinSla, now));
    }
}
