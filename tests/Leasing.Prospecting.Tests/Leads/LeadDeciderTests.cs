using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Xunit;
using static Leasing.Prospecting.Tests.TestData;

namespace Leasing.Prospecting.Tests.Leads;

public class LeadDeciderTests
{
    private static readonly DateTimeOffset Monday10 = Winter(2026, 3, 16, 10);

    private static Lead Qualified()
    {
        var lead = Captured(Monday10);
        return Accepted(lead, LeadDecider.Qualify(lead, QualifiedNeed, Monday10.AddMinutes(5)));
    }

    [Fact]
    public void A_lead_goes_from_capture_to_contract()
    {
        var lead = Captured(Monday10);
        Assert.Equal(LeadStatus.New, lead.Status);

        lead = Accepted(lead, LeadDecider.Acknowledge(lead, Monday10.AddMinutes(3)));
        Assert.Equal((LeadStatus.Acknowledged, Monday10.AddMinutes(3)), (lead.Status, lead.AcknowledgedAt!.Value));

        lead = Accepted(lead, LeadDecider.Qualify(lead, QualifiedNeed, Monday10.AddHours(1)));
        Assert.Equal(LeadStatus.Qualified, lead.Status);
        Assert.Equal(QualifiedNeed, lead.Need);

        var visit = Winter(2026, 3, 18, 15);
        lead = Accepted(lead, LeadDecider.SetAppointment(lead, visit, PointOfSale, Dealership(), Monday10.AddHours(2)));
        Assert.Equal((LeadStatus.AppointmentSet, visit), (lead.Status, lead.VisitAt!.Value));

        var quote = Guid.NewGuid();
        lead = Accepted(lead, LeadDecider.MakeOffer(lead, quote, visit.AddHours(1)));
        Assert.Equal(LeadStatus.OfferMade, lead.Status);
        Assert.Equal([quote], lead.QuoteIds);

        var contract = Guid.NewGuid();
        lead = Accepted(lead, LeadDecider.Win(lead, quote, contract, visit.AddDays(3)));
        Assert.Equal((LeadStatus.Won, contract), (lead.Status, lead.ContractId!.Value));
        Assert.False(lead.IsOpen);
    }

    [Fact]
    public void Qualifying_a_new_lead_acknowledges_it_too()
    {
        var lead = Captured(Monday10);
        var decision = LeadDecider.Qualify(lead, QualifiedNeed, Monday10.AddMinutes(7));

        Assert.Collection(decision.Events, e => Assert.IsType<LeadAcknowledged>(e), e => Assert.IsType<LeadQualified>(e));
        var after = Accepted(lead, decision);
        Assert.Equal(Monday10.AddMinutes(7), after.AcknowledgedAt);
        Assert.Equal(Monday10.AddMinutes(7), after.QualifiedAt);
    }

    [Fact]
    public void Qualifying_needs_the_condition_and_the_financing()
    {
        var decision = LeadDecider.Qualify(Captured(Monday10), new LeadNeed(Budget: new LeadBudget(300m, BudgetBasis.Monthly)), Monday10);

        var problem = Assert.IsType<HttpValidationProblemDetails>(decision.Refusal);
        Assert.Equal(StatusCodes.Status400BadRequest, problem.Status);
        Assert.Equal(["need.condition", "need.financing"], problem.Errors.Keys.Order());
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void A_lead_without_an_offer_cannot_be_won()
    {
        var decision = LeadDecider.Win(Qualified(), null, Guid.NewGuid(), Monday10.AddDays(1));

        Assert.Equal(StatusCodes.Status409Conflict, decision.Refusal?.Status);
        Assert.Contains("offer made", decision.Refusal!.Detail);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void A_lead_is_won_on_one_of_its_own_offers()
    {
        var qualified = Qualified();
        var lead = Accepted(qualified, LeadDecider.MakeOffer(qualified, Guid.NewGuid(), Monday10.AddHours(3)));

        var decision = LeadDecider.Win(lead, Guid.NewGuid(), null, Monday10.AddDays(1));

        Assert.Equal(StatusCodes.Status400BadRequest, decision.Refusal?.Status);
    }

    [Fact]
    public void Acknowledging_twice_is_refused()
    {
        var captured = Captured(Monday10);
        var lead = Accepted(captured, LeadDecider.Acknowledge(captured, Monday10.AddMinutes(1)));

        var decision = LeadDecider.Acknowledge(lead, Monday10.AddMinutes(2));

        Assert.Equal(StatusCodes.Status409Conflict, decision.Refusal?.Status);
        Assert.Contains("acknowledged", decision.Refusal!.Title);
    }

    [Fact]
    public void An_offer_needs_a_qualified_lead()
    {
        var decision = LeadDecider.MakeOffer(Captured(Monday10), Guid.NewGuid(), Monday10.AddMinutes(5));
        Assert.Equal(StatusCodes.Status409Conflict, decision.Refusal?.Status);
    }

    [Fact]
    public void A_lost_lead_says_why_and_other_needs_a_note()
    {
        var lead = Captured(Monday10);

        Assert.Equal(StatusCodes.Status400BadRequest, LeadDecider.Lose(lead, LossReason.Other, "  ", Monday10.AddHours(1)).Refusal?.Status);

        var lost = Accepted(lead, LeadDecider.Lose(lead, LossReason.BoughtElsewhere, " Achat chez un concurrent ", Monday10.AddHours(1)));
        Assert.Equal((LeadStatus.Lost, LossReason.BoughtElsewhere, "Achat chez un concurrent"), (lost.Status, lost.LossReason!.Value, lost.LossNote));
        Assert.Equal(Monday10.AddHours(1), lost.ClosedAt);
    }

    [Fact]
    public void A_closed_lead_cannot_be_lost_expired_assigned_or_followed_up()
    {
        var captured = Captured(Monday10);
        var lead = Accepted(captured, LeadDecider.Expire(captured, Monday10.AddDays(30)));
        Assert.Equal(LeadStatus.Expired, lead.Status);

        Assert.All(new[]
        {
            LeadDecider.Lose(lead, LossReason.NotInterested, null, Monday10.AddDays(31)).Refusal,
            LeadDecider.Expire(lead, Monday10.AddDays(31)).Refusal,
            LeadDecider.Assign(lead, Guid.NewGuid(), null, null, Monday10.AddDays(31)).Refusal,
            LeadDecider.ScheduleFollowUp(lead, new FollowUp(Guid.NewGuid(), Monday10.AddDays(40), null), Monday10.AddDays(31)).Refusal,
            LeadDecider.Merge(lead, SampleIntake(), Monday10.AddDays(31)).Refusal,
        }, refusal => Assert.Equal(StatusCodes.Status409Conflict, refusal?.Status));
    }

    [Fact]
    public void The_first_advisor_is_an_assignment_later_ones_a_reassignment()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var lead = Captured(Monday10);

        var assigned = LeadDecider.Assign(lead, first, RoutingStrategy.RoundRobin, null, Monday10.AddMinutes(1));
        Assert.Equal(new LeadAssigned(lead.Id, first, RoutingStrategy.RoundRobin, Monday10.AddMinutes(1)), Assert.Single(assigned.Events));
        lead = Accepted(lead, assigned);

        Assert.Equal(StatusCodes.Status400BadRequest, LeadDecider.Assign(lead, first, null, null, Monday10.AddMinutes(2)).Refusal?.Status);

        var reassigned = LeadDecider.Assign(lead, second, null, "Congés", Monday10.AddMinutes(3));
        Assert.Equal(new LeadReassigned(lead.Id, first, second, "Congés", Monday10.AddMinutes(3)), Assert.Single(reassigned.Events));
        Assert.Equal(second, Accepted(lead, reassigned).AdvisorId);
    }

    [Fact]
    public void A_merged_duplicate_fills_in_what_the_lead_did_not_know()
    {
        var lead = Captured(Monday10, SampleIntake(phone: null));
        var duplicate = SampleIntake(phone: "+33698765432") with { Route = IntakeRoute.CsvImport };

        lead = Accepted(lead, LeadDecider.Merge(lead, duplicate, Monday10.AddDays(2)));

        Assert.Equal("+33698765432", lead.Contact.Phone);
        Assert.Equal(LeadStatus.New, lead.Status);
        Assert.Equal(duplicate, Assert.Single(lead.Merges).Duplicate);
    }

    [Fact]
    public void Activities_are_logged_even_after_the_outcome_but_not_ahead_of_time()
    {
        var captured = Captured(Monday10);
        var lead = Accepted(captured, LeadDecider.Lose(captured, LossReason.Unreachable, null, Monday10.AddDays(1)));
        var call = new LeadActivity(Guid.NewGuid(), ActivityKind.Call, "Dernier appel", Monday10.AddDays(2));

        Assert.Equal(StatusCodes.Status400BadRequest, LeadDecider.LogActivity(lead, call, Monday10.AddDays(1)).Refusal?.Status);
        Assert.Equal(call, Assert.Single(Accepted(lead, LeadDecider.LogActivity(lead, call, Monday10.AddDays(2))).Activities));
        Assert.NotNull(LeadDecider.LogActivity(lead, call with { Kind = ActivityKind.Note, Note = null }, Monday10.AddDays(2)).Refusal);
    }

    [Fact]
    public void Follow_ups_are_due_in_the_future()
    {
        var lead = Captured(Monday10);
        var past = new FollowUp(Guid.NewGuid(), Monday10.AddMinutes(-1), "Rappeler");
        var future = past with { DueAt = Monday10.AddDays(1) };

        Assert.Equal(StatusCodes.Status400BadRequest, LeadDecider.ScheduleFollowUp(lead, past, Monday10).Refusal?.Status);
        Assert.Equal(future, Assert.Single(Accepted(lead, LeadDecider.ScheduleFollowUp(lead, future, Monday10)).FollowUps));
    }

    [Fact]
    public void Appointments_are_in_the_future_and_while_the_point_of_sale_is_open()
    {
        var lead = Qualified();
        var now = Winter(2026, 3, 16, 11);

        Assert.Equal("visitAt", Field(LeadDecider.SetAppointment(lead, Winter(2026, 3, 16, 10, 30), PointOfSale, Dealership(), now).Refusal));
        Assert.Equal("visitAt", Field(LeadDecider.SetAppointment(lead, Winter(2026, 3, 16, 13), PointOfSale, Dealership(), now).Refusal)); // lunch
        Assert.Equal("visitAt", Field(LeadDecider.SetAppointment(lead, Winter(2026, 3, 22, 10), PointOfSale, Dealership(), now).Refusal)); // Sunday
        Assert.Null(LeadDecider.SetAppointment(lead, Winter(2026, 3, 16, 14, 30), PointOfSale, Dealership(), now).Refusal);
        Assert.Equal(StatusCodes.Status409Conflict,
            LeadDecider.SetAppointment(Captured(Monday10), Winter(2026, 3, 17, 10), PointOfSale, Dealership(), now).Refusal?.Status);
    }

    [Fact]
    public void An_sla_breach_is_recorded_once_and_only_while_the_lead_still_waits()
    {
        var lead = Captured(Monday10);
        var due = Monday10.AddMinutes(20);

        Assert.Empty(LeadDecider.RecordSlaBreach(lead, SlaKind.Acknowledgement, due, due.AddMinutes(-1)).Events);

        var breach = LeadDecider.RecordSlaBreach(lead, SlaKind.Acknowledgement, due, due);
        Assert.Equal(new SlaBreached(lead.Id, SlaKind.Acknowledgement, due, due), Assert.Single(breach.Events));
        var breached = Accepted(lead, breach);
        Assert.Empty(LeadDecider.RecordSlaBreach(breached, SlaKind.Acknowledgement, due, due.AddMinutes(5)).Events);

        var acknowledged = Accepted(lead, LeadDecider.Acknowledge(lead, Monday10.AddMinutes(10)));
        Assert.Empty(LeadDecider.RecordSlaBreach(acknowledged, SlaKind.Acknowledgement, due, due).Events);
        Assert.Single(LeadDecider.RecordSlaBreach(acknowledged, SlaKind.Qualification, Monday10.AddHours(4), Monday10.AddHours(4)).Events);
        Assert.Empty(LeadDecider.RecordSlaBreach(Qualified(), SlaKind.Qualification, Monday10.AddHours(4), Monday10.AddHours(5)).Events);
    }

    [Fact]
    public void Any_sequence_of_commands_only_makes_allowed_moves()
    {
        var random = new Random(20260316);
        var hours = Dealership();
        for (var run = 0; run < 200; run++)
        {
            var lead = Captured(Monday10);
            var now = Monday10;
            for (var step = 0; step < 12; step++)
            {
                now = now.AddHours(1);
                var decision = random.Next(9) switch
                {
                    0 => LeadDecider.Acknowledge(lead, now),
                    1 => LeadDecider.Qualify(lead, QualifiedNeed, now),
                    2 => LeadDecider.SetAppointment(lead, Winter(2026, 4, 1, 10), PointOfSale, hours, now),
                    3 => LeadDecider.MakeOffer(lead, Guid.NewGuid(), now),
                    4 => LeadDecider.Win(lead, null, null, now),
                    5 => LeadDecider.Lose(lead, LossReason.NotInterested, null, now),
                    6 => LeadDecider.Expire(lead, now),
                    7 => LeadDecider.Assign(lead, Guid.NewGuid(), null, null, now),
                    _ => LeadDecider.LogActivity(lead, new LeadActivity(Guid.NewGuid(), ActivityKind.Call, null, now), now),
                };
                Assert.True(decision.Refusal is null || decision.Events.Count == 0);
                foreach (var e in decision.Events)
                {
                    var before = lead.Status;
                    lead = Apply(lead, [e]);
                    Assert.True(before == lead.Status || LeadTransitions.IsAllowed(before, lead.Status), $"{before} → {lead.Status}");
                }
            }
        }
    }

    private static string? Field(ProblemDetails? problem) => (problem as HttpValidationProblemDetails)?.Errors.Keys.Single();
}
