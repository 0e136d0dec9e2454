using Leasing.Claims.Domain;
using Leasing.Kernel.Validation;
using Marten;
using Wolverine;
using Integration = Leasing.Claims.IntegrationEvents;

namespace Leasing.Claims.Features;

/// <summary>
/// The triage task's outcome, sent by the claim-handling workflow: the route (towing first, straight to the expert, or no
/// follow-up) and the priority. No follow-up closes the claim at once (a duplicate, no damage).
/// </summary>
public static class TriageClaimHandler
{
    public static Task Handle(Integration.TriageClaim command, IDocumentSession session, IMessageContext context, TimeProvider clock,
        CancellationToken cancellation) =>
        WorkflowRequests.ApplyAsync(session, context, command.ClaimId, "TriageClaim", command.RequestedBy, clock,
            claim => Decide(claim, command, WorkflowRequests.Actor(session, command.RequestedBy), clock.GetUtcNow()), cancellation);

    public static ClaimDecision Decide(Claim claim, Integration.TriageClaim command, string by, DateTimeOffset now)
    {
        if (!claim.IsOpen) return Problems.Field("claimId", "The claim is closed.");
        if (claim.Triage is not null) return Problems.Field("claimId", "The claim was already triaged.");
        var errors = new FieldErrors();
        var route = errors.Enum<TriageRoute>(command.Route, "route", required: true);
        var priority = errors.Enum<ClaimPriority>(command.Priority, "priority", required: false) ?? DefaultPriority(claim);
        if (errors.Any) return errors.ToProblem();

        var events = new List<object> { new ClaimTriageRecorded(claim.Id, route!.Value, priority, command.Notes, now) };
        var messages = new List<object> { new Integration.ClaimTriaged(claim.Id, claim.ContractId, route.Value.ToString(), priority.ToString(), by, now) };
        if (route == TriageRoute.NoFollowUp)
        {
            var triaged = claim.Apply(new ClaimTriageRecorded(claim.Id, route.Value, priority, command.Notes, now));
            var balance = triaged.Ledger.Balance;
            events.Add(new ClaimFinalised(claim.Id, ClaimOutcome.NoFollowUp, balance, balance == 0m ? null : command.Notes, now));
            messages.Add(new Integration.ClaimClosed(claim.Id, claim.ContractId, nameof(ClaimOutcome.NoFollowUp), balance, by, now));
        }
        return new ClaimDecision(Kernel.EventSourcing.Decision.Append(events.ToArray()), messages);
    }

    /// <summary>Injured people or an immobilised vehicle make a claim urgent unless the handler says otherwise.</summary>
    public static ClaimPriority DefaultPriority(Claim claim) =>
        claim.Incident.Injuries ? ClaimPriority.Urgent : !claim.Incident.Drivable ? ClaimPriority.High : ClaimPriority.Normal;
}
