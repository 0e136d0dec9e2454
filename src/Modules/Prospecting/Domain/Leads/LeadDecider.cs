using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Routing;

namespace Leasing.Prospecting.Domain.Leads;

/// <summary>
/// The lead's decisions: pure functions of (current lead, command values, now) that return the events to append,
/// or the reason for refusing. Status changes follow <see cref="LeadTransitions"/>.
/// </summary>
public static class LeadDecider
{
    public static Decision Acknowledge(Lead lead, DateTimeOffset now) =>
        Moves(lead, LeadStatus.Acknowledged, "acknowledged") ?? Decision.Append(new LeadAcknowledged(lead.Id, now));

    /// <summary>
    /// Qualifying means the need is known: new or used, and how it is financed. A lead qualified straight from
    /// "new" was obviously taken in hand too, so it is acknowledged in the same decision (both clocks stop).
    /// </summary>
    public static Decision Qualify(Lead lead, LeadNeed need, DateTimeOffset now)
    {
        if (lead.IsErased) return Decision.Refuse(LeadRefusals.Erased("qualified"));
        var errors = new FieldErrors()
            .Required(need.Condition, "need.condition")
            .Required(need.Financing, "need.financing");
        if (errors.Any) return Decision.Refuse(LeadRefusals.Invalid(errors));

        if (lead.Status == LeadStatus.New)
            return Decision.Append(new LeadAcknowledged(lead.Id, now), new LeadQualified(lead.Id, need, now));
        return Moves(lead, LeadStatus.Qualified, "qualified", LeadStatus.New) ?? Decision.Append(new LeadQualified(lead.Id, need, now));
    }

    /// <summary>A visit is in the future and while the point of sale is open.</summary>
    public static Decision SetAppointment(Lead lead, DateTimeOffset visitAt, Guid pointOfSaleId, OpeningHours hours, DateTimeOffset now)
    {
        if (Moves(lead, LeadStatus.AppointmentSet, "given an appointment") is { } refused) return refused;
        if (lead.IsErased) return Decision.Refuse(LeadRefusals.Erased("given an appointment"));
        if (visitAt <= now) return Decision.Refuse(LeadRefusals.Field("visitAt", "The visit must be in the future."));
        if (!hours.IsOpenAt(visitAt))
            return Decision.Refuse(LeadRefusals.Field("visitAt", "The point of sale is closed at that time."));
        return Decision.Append(new AppointmentSet(lead.Id, visitAt, pointOfSaleId, now));
    }

    public static Decision MakeOffer(Lead lead, Guid quoteId, DateTimeOffset now)
    {
        if (Moves(lead, LeadStatus.OfferMade, "given an offer") is { } refused) return refused;
        if (lead.QuoteIds.Contains(quoteId))
            return Decision.Refuse(LeadRefusals.Field("quoteId", "This quote is already recorded on the lead."));
        return Decision.Append(new OfferMade(lead.Id, quoteId, now));
    }

    public static Decision Win(Lead lead, Guid? quoteId, Guid? contractId, DateTimeOffset now)
    {
        if (Moves(lead, LeadStatus.Won, "won") is { } refused) return refused;
        if (quoteId is { } id && !lead.QuoteIds.Contains(id))
            return Decision.Refuse(LeadRefusals.Field("quoteId", "The quote was not offered on this lead."));
        return Decision.Append(new LeadWon(lead.Id, quoteId, contractId, now));
    }

    public static Decision Lose(Lead lead, LossReason reason, string? note, DateTimeOffset now)
    {
        if (Moves(lead, LeadStatus.Lost, "lost") is { } refused) return refused;
        if (reason == LossReason.Other && string.IsNullOrWhiteSpace(note))
            return Decision.Refuse(LeadRefusals.Field("note", "Say why the lead was lost when the reason is 'other'."));
        return Decision.Append(new LeadLost(lead.Id, reason, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), now));
    }

    public static Decision Expire(Lead lead, DateTimeOffset now) =>
        Moves(lead, LeadStatus.Expired, "expired") ?? Decision.Append(new LeadExpired(lead.Id, now));

    /// <summary>The first advisor is an assignment; any later one a reassignment, so the history shows who had it before.</summary>
    public static Decision Assign(Lead lead, Guid advisorId, RoutingStrategy? strategy, string? reason, DateTimeOffset now)
    {
        if (!lead.IsOpen) return Decision.Refuse(LeadRefusals.WrongStatus(lead, "assigned", OpenStatuses));
        if (lead.AdvisorId == advisorId)
            return Decision.Refuse(LeadRefusals.Field("advisorId", "The lead is already assigned to this advisor."));
        return lead.AdvisorId is { } current
            ? Decision.Append(new LeadReassigned(lead.Id, current, advisorId, reason, now))
            : Decision.Append(new LeadAssigned(lead.Id, advisorId, strategy, now));
    }

    /// <summary>A duplicate contact joins the open lead instead of starting a new one.</summary>
    public static Decision Merge(Lead lead, LeadIntake duplicate, DateTimeOffset now)
    {
        if (!lead.IsOpen) return Decision.Refuse(LeadRefusals.WrongStatus(lead, "merged into", OpenStatuses));
        if (lead.IsErased) return Decision.Refuse(LeadRefusals.Erased("merged into"));
        return Decision.Append(new LeadMerged(lead.Id, duplicate, now));
    }

    /// <summary>Activity may be logged on a closed lead too (a last call after a loss), but not one that happened in the future.</summary>
    public static Decision LogActivity(Lead lead, LeadActivity activity, DateTimeOffset now)
    {
        if (lead.IsErased) return Decision.Refuse(LeadRefusals.Erased("given an activity"));
        if (activity.OccurredAt > now) return Decision.Refuse(LeadRefusals.Field("occurredAt", "An activity cannot be logged before it happens."));
        if (activity.Kind == ActivityKind.Note && string.IsNullOrWhiteSpace(activity.Note))
            return Decision.Refuse(LeadRefusals.Field("note", "A note needs a text."));
        return Decision.Append(new ActivityLogged(lead.Id, activity, now));
    }

    public static Decision AttachSimulation(Lead lead, LeadSimulation simulation, DateTimeOffset now)
    {
        if (!lead.IsOpen) return Decision.Refuse(LeadRefusals.WrongStatus(lead, "given a simulation", OpenStatuses));
        if (lead.IsErased) return Decision.Refuse(LeadRefusals.Erased("given a simulation"));
        return Decision.Append(new SimulationAttached(lead.Id, simulation, now));
    }

    public static Decision ScheduleFollowUp(Lead lead, FollowUp followUp, DateTimeOffset now)
    {
        if (!lead.IsOpen) return Decision.Refuse(LeadRefusals.WrongStatus(lead, "followed up", OpenStatuses));
        if (lead.IsErased) return Decision.Refuse(LeadRefusals.Erased("followed up"));
        if (followUp.DueAt <= now) return Decision.Refuse(LeadRefusals.Field("dueAt", "A follow-up is due in the future."));
        return Decision.Append(new FollowUpScheduled(lead.Id, followUp, now));
    }

    /// <summary>
    /// The SLA timer's decision. The timer may fire after the situation moved on (acknowledged, qualified, closed,
    /// already reported) or before the due time (the calendar changed): then nothing happens, which is not a refusal.
    /// </summary>
    public static Decision RecordSlaBreach(Lead lead, SlaKind kind, DateTimeOffset dueAt, DateTimeOffset now)
    {
        var stillWaiting = kind switch
        {
            SlaKind.Acknowledgement => lead.Status == LeadStatus.New,
            SlaKind.Qualification => lead.Status is LeadStatus.New or LeadStatus.Acknowledged,
            _ => false,
        };
        if (!stillWaiting || now < dueAt || lead.SlaBreaches.Contains(kind)) return Decision.Append();
        return Decision.Append(new SlaBreached(lead.Id, kind, dueAt, now));
    }

    public static Decision Erase(Lead lead, DateTimeOffset now) =>
        lead.IsErased
            ? Decision.Refuse(LeadRefusals.Erased("erased again"))
            : Decision.Append(new PersonalDataErased(lead.Id, now));

    private static readonly LeadStatus[] OpenStatuses = Enum.GetValues<LeadStatus>().Where(s => s.IsOpen()).ToArray();

    /// <summary>Null when the move is allowed; otherwise the refusal naming the statuses that would allow it.</summary>
    private static Decision? Moves(Lead lead, LeadStatus to, string action, params LeadStatus[] alsoAllowed) =>
        LeadTransitions.IsAllowed(lead.Status, to)
            ? null
            : Decision.Refuse(LeadRefusals.WrongStatus(lead, action, [.. LeadTransitions.Into(to), .. alsoAllowed]));
}
