using Leasing.Kernel.Time;

namespace Leasing.Claims.Domain;

/// <summary>The claims SLAs, in French working days: an expert within 2 of the declaration, the repair authorised within 1 of the report.</summary>
public static class ClaimSla
{
    public const int ExpertAppointmentWorkingDays = 2;
    public const int RepairAuthorisationWorkingDays = 1;

    public static DateTimeOffset ExpertAppointmentDueBy(DateTimeOffset declaredAt) => WorkingDays.Add(declaredAt, ExpertAppointmentWorkingDays);

    public static DateTimeOffset RepairAuthorisationDueBy(DateTimeOffset reportAt) => WorkingDays.Add(reportAt, RepairAuthorisationWorkingDays);

    /// <summary>The SLAs a claim missed or is missing now: each with its deadline and when it was met (null while not met).</summary>
    public static IReadOnlyList<SlaCheck> Checks(Claim claim, DateTimeOffset now)
    {
        var checks = new List<SlaCheck> { new(SlaKind.ExpertAppointment, claim.ExpertAppointmentDueBy, claim.Expert?.AppointedAt) };
        if (claim.Report is { TotalLoss: false } report)
            checks.Add(new(SlaKind.RepairAuthorisation, report.AuthorisationDueBy, claim.Repair?.AuthorisedAt));
        // A claim closed without the step (no follow-up) did not miss it.
        return claim.IsOpen ? checks : checks.Where(c => c.MetAt is not null).ToList();
    }
}

public enum SlaKind { ExpertAppointment, RepairAuthorisation }

public sealed record SlaCheck(SlaKind Kind, DateTimeOffset DueBy, DateTimeOffset? MetAt)
{
    public bool Breached(DateTimeOffset now) => MetAt is { } met ? met > DueBy : now > DueBy;
}
