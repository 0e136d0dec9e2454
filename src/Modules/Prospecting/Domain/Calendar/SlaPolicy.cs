using Leasing.Prospecting.Domain.Leads;

namespace Leasing.Prospecting.Domain.Calendar;

/// <summary>When a lead's two limits fall, given its point of sale's calendar.</summary>
public sealed record SlaDeadlines(DateTimeOffset AcknowledgeBy, DateTimeOffset QualifyBy);

/// <summary>
/// The seed's limits: a lead taken in hand within 20 minutes, qualified within 4 hours. Both run from capture and
/// count the point of sale's open time only. Qualification also runs from capture (not from acknowledgement),
/// so a slow welcome cannot buy the advisor extra time.
/// </summary>
public sealed record SlaPolicy(TimeSpan Acknowledgement, TimeSpan Qualification)
{
    public static readonly SlaPolicy Seed = new(TimeSpan.FromMinutes(20), TimeSpan.FromHours(4));

    public TimeSpan Of(SlaKind kind) => kind == SlaKind.Acknowledgement ? Acknowledgement : Qualification;

    public SlaDeadlines DeadlinesFor(DateTimeOffset capturedAt, OpeningHours hours) =>
        new(SlaClock.DueAt(capturedAt, Acknowledgement, hours), SlaClock.DueAt(capturedAt, Qualification, hours));

    public bool AcknowledgedWithin(Lead lead, OpeningHours hours) => AcknowledgedWithin(lead.CapturedAt, lead.AcknowledgedAt, hours);

    public bool AcknowledgedWithin(DateTimeOffset capturedAt, DateTimeOffset? acknowledgedAt, OpeningHours hours) =>
        acknowledgedAt is { } at && SlaClock.OpenTimeBetween(capturedAt, at, hours) <= Acknowledgement;

    public bool QualifiedWithin(Lead lead, OpeningHours hours) =>
        lead.QualifiedAt is { } at && SlaClock.OpenTimeBetween(lead.CapturedAt, at, hours) <= Qualification;
}
