using Leasing.Prospecting.Domain.Leads;

namespace Leasing.Prospecting.Domain.Duplicates;

/// <summary>Where an intake goes: a new stream starting with <c>LeadCaptured</c>, or <c>LeadMerged</c> appended to an open lead.</summary>
public sealed record CaptureOutcome(Guid LeadId, bool StartsNewStream, object Event);

public static class LeadCapture
{
    /// <summary>Every intake is either a new lead or folded into the open lead of the same person; none is dropped.</summary>
    public static CaptureOutcome Decide(Guid newLeadId, LeadIntake intake, IEnumerable<LeadContactSnapshot> existing, DateTimeOffset now) =>
        DuplicateDetector.FindOpenDuplicate(intake.Contact, now, existing) is { } duplicateOf
            ? new CaptureOutcome(duplicateOf, false, new LeadMerged(duplicateOf, intake, now))
            : new CaptureOutcome(newLeadId, true, new LeadCaptured(newLeadId, intake, now));
}
