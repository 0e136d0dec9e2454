namespace Leasing.Claims.Domain;

/// <summary>The things a claims handler can record on a claim; the claim page offers those allowed at its step.</summary>
public enum ClaimAction
{
    DispatchAssistance, GrantReplacementVehicle, ReturnReplacementVehicle, AppointExpert, RecordExpertReport, AuthoriseRepair,
    CompleteRepair, ReturnVehicleToDriver, FileInsurerClaim, RecordInsurerSettlement, RecordInvoice, AddAttachment, AddNote, Close,
}

/// <summary>
/// What may be recorded on a claim now. The claim only enforces the business order (an expert before a report, a report
/// before a repair authorisation, a filed claim before a settlement); the order of the work is the workflow's, so a
/// process owner can change it without the claim refusing what the new process asks for.
/// </summary>
public static class ClaimActions
{
    public static IReadOnlyList<ClaimAction> Allowed(Claim claim)
    {
        if (!claim.IsOpen) return [];
        var allowed = new List<ClaimAction>();
        var repairStarted = claim.Repair?.AuthorisedAmount is not null;
        if (claim.Assistance is null && !repairStarted) allowed.Add(ClaimAction.DispatchAssistance);
        if (claim.Coverage.ReplacementVehicleIncluded && claim.Replacement is null) allowed.Add(ClaimAction.GrantReplacementVehicle);
        if (claim.Replacement is { IsOut: true }) allowed.Add(ClaimAction.ReturnReplacementVehicle);
        if (claim.Expert is null) allowed.Add(ClaimAction.AppointExpert);
        if (claim.Expert is not null && claim.Report is null) allowed.Add(ClaimAction.RecordExpertReport);
        if (CanAuthoriseRepair(claim)) allowed.Add(ClaimAction.AuthoriseRepair);
        if (repairStarted && claim.Repair!.CompletedOn is null) allowed.Add(ClaimAction.CompleteRepair);
        if (claim.Repair is { CompletedOn: not null, ReturnedToDriverOn: null }) allowed.Add(ClaimAction.ReturnVehicleToDriver);
        if (claim.Insurer is null) allowed.Add(ClaimAction.FileInsurerClaim);
        if (claim.Insurer is { Settled: false } && claim.Report is not null) allowed.Add(ClaimAction.RecordInsurerSettlement);
        allowed.AddRange([ClaimAction.RecordInvoice, ClaimAction.AddAttachment, ClaimAction.AddNote]);
        if (ClaimClosure.Blockers(claim).Count == 0) allowed.Add(ClaimAction.Close);
        return allowed;
    }

    public static bool CanAuthoriseRepair(Claim claim) =>
        claim.IsOpen && claim.Report is { TotalLoss: false } && (claim.Repair is null || claim.Repair.Approval == RepairApproval.Refused);
}
