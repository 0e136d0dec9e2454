namespace Leasing.Claims.Domain;

/// <summary>
/// What keeps a claim open, in words for the handler, and the outcome it closes with. A non-nil balance does not keep
/// it open, but closing it then needs a write-off reason (the lessor absorbs what was not recovered).
/// </summary>
public static class ClaimClosure
{
    public static IReadOnlyList<string> Blockers(Claim claim)
    {
        var blockers = new List<string>();
        if (!claim.IsOpen) return ["The claim is already closed."];
        if (claim.Replacement is { IsOut: true }) blockers.Add("The replacement vehicle has not been returned.");
        if (claim.Repair?.Approval == RepairApproval.Requested) blockers.Add("A repair quote waits for approval.");
        if (claim.Repair is { AuthorisedAmount: not null, CompletedOn: null }) blockers.Add("The authorised repair is not finished.");
        if (claim.Repair is { CompletedOn: not null, ReturnedToDriverOn: null }) blockers.Add("The repaired vehicle has not been returned to the driver.");
        if (claim.Insurer is { Settled: false }) blockers.Add("The insurer has not settled the claim.");
        if (claim.TerminationRequestedAt is not null && claim.ContractTerminatedOn is null)
            blockers.Add("The contract's early termination for the total loss is not confirmed yet.");
        if (claim.IsTotalLoss && claim.Insurer is null) blockers.Add("A total loss must be filed with the insurer.");
        return blockers;
    }

    public static ClaimOutcome OutcomeOf(Claim claim) =>
        claim.IsTotalLoss ? ClaimOutcome.TotalLoss
        : claim.Repair?.ReturnedToDriverOn is not null ? ClaimOutcome.Repaired
        : claim.Triage?.Route == TriageRoute.NoFollowUp ? ClaimOutcome.NoFollowUp
        : ClaimOutcome.Withdrawn;
}
