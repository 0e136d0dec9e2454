using Leasing.Kernel.Time;
using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Duplicates;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Leasing.Prospecting.Domain.Routing;
using Marten;
using Wolverine;

namespace Leasing.Prospecting.Features;

public sealed record CapturedLead(Guid LeadId, bool Merged, Guid? AdvisorId, DateTimeOffset? AcknowledgeBy, DateTimeOffset? QualifyBy);

/// <summary>
/// What every intake route does with a valid lead, in the caller's transaction: fold it into the open lead of the same
/// person (within 30 days), or start a new lead, route it to an advisor of its point of sale, set its two SLA timers
/// (durable scheduled messages, counted in the point of sale's opening hours) and publish <c>LeadCaptured</c>.
/// </summary>
public static class LeadCapturing
{
    public static async Task<CapturedLead> CaptureAsync(LeadIntake intake, PointOfSale pointOfSale, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var candidates = await OpenLeadsOfAsync(intake.Contact, now, session, cancellation);
        var outcome = LeadCapture.Decide(Guid.CreateVersion7(), intake, candidates.Select(LeadContactSnapshot.Of), now);
        if (!outcome.StartsNewStream)
        {
            var stream = await session.Events.FetchForWriting<Lead>(outcome.LeadId, cancellation);
            stream.AppendMany(LeadDecider.Merge(stream.Aggregate!, intake, now).Events.ToArray());
            return new CapturedLead(outcome.LeadId, true, stream.Aggregate!.AdvisorId, null, null);
        }

        var captured = (LeadCaptured)outcome.Event;
        var lead = Lead.Create(captured);
        var events = new List<object> { captured };
        var advisor = await ChooseAdvisorAsync(pointOfSale, session, cancellation);
        if (advisor is { } advisorId)
        {
            var assigned = LeadDecider.Assign(lead, advisorId, pointOfSale.Routing, null, now).Events;
            events.AddRange(assigned);
            lead = assigned.OfType<LeadAssigned>().Aggregate(lead, (state, e) => state.Apply(e));
        }
        session.Events.StartStream<Lead>(outcome.LeadId, events.ToArray());

        var deadlines = SlaPolicy.Seed.DeadlinesFor(now, pointOfSale.OpeningHours);
        await bus.ScheduleAsync(new CheckLeadSla(outcome.LeadId, SlaKind.Acknowledgement, deadlines.AcknowledgeBy), deadlines.AcknowledgeBy);
        await bus.ScheduleAsync(new CheckLeadSla(outcome.LeadId, SlaKind.Qualification, deadlines.QualifyBy), deadlines.QualifyBy);
        if (LeadIntegrationEvents.For(captured, lead) is { } integration) await bus.PublishAsync(integration);
        return new CapturedLead(outcome.LeadId, false, advisor, deadlines.AcknowledgeBy, deadlines.QualifyBy);
    }

    private static async Task<IReadOnlyList<Lead>> OpenLeadsOfAsync(LeadContact contact, DateTimeOffset now, IQuerySession session, CancellationToken cancellation)
    {
        var email = EmailAddresses.Normalise(contact.Email);
        var phone = PhoneNumbers.Normalise(contact.Phone);
        if (email is null && phone is null) return [];
        var since = now - DuplicateDetector.Window;
        return await session.Query<Lead>()
            .Where(l => l.CapturedAt >= since && (l.Contact.Email == email || l.Contact.Phone == phone))
            .ToListAsync(cancellation);
    }

    /// <summary>After a missed acknowledgement: the least loaded other available advisor, or none.</summary>
    public static async Task<Guid?> ChooseReplacementAsync(PointOfSale pointOfSale, Guid? current, IQuerySession session, CancellationToken cancellation)
    {
        var others = pointOfSale with { Advisors = pointOfSale.Advisors.Where(a => a.Id != current).ToList(), Routing = RoutingStrategy.LowestOpenLoad };
        return await ChooseAdvisorAsync(others, session, cancellation);
    }

    private static async Task<Guid?> ChooseAdvisorAsync(PointOfSale pointOfSale, IQuerySession session, CancellationToken cancellation)
    {
        if (pointOfSale.Advisors.Count == 0) return null;
        var (loads, last) = await AdvisorLoads.ReadAsync(session, pointOfSale.Id, cancellation);
        var availability = pointOfSale.Advisors.Select(a =>
        {
            var load = loads.FirstOrDefault(l => l.AdvisorId == a.Id);
            return new AdvisorAvailability(a.Id, a.Name, a.Available, load?.OpenLeads ?? 0, load?.LastAssignedAt);
        }).ToList();
        return LeadRouter.Choose(pointOfSale.Routing, availability, last);
    }
}
