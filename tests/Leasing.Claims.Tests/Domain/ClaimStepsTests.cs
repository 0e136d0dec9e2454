using Leasing.Claims.Domain;
using Leasing.Claims.Features;
using Microsoft.AspNetCore.Http;
using Integration = Leasing.Claims.IntegrationEvents;

namespace Leasing.Claims.Tests.Domain;

/// <summary>The claim's decisions, step by step, as pure functions of the claim and the command.</summary>
public sealed class ClaimStepsTests
{
    private static readonly DateTimeOffset Now = Claims.Monday.AddHours(1);

    [Fact]
    public void A_quote_within_the_expert_figure_is_authorised_at_once_and_one_above_it_asks_for_approval()
    {
        var claim = Claims.Opened().Reported(2000m);

        var within = AuthoriseRepairEndpoint.Decide(claim, new AuthoriseRepair("Garage", 2000m, 1), "claims", Now);
        var above = AuthoriseRepairEndpoint.Decide(claim, new AuthoriseRepair("Garage", 2000.01m, 1), "claims", Now);

        Assert.IsType<RepairAuthorisationGiven>(Assert.Single(within.Decision.Events));
        Assert.False(Assert.Single(within.Messages.OfType<Integration.RepairAuthorised>()).Approved);
        Assert.IsType<RepairApprovalAsked>(Assert.Single(above.Decision.Events));
        Assert.Equal(0.01m, Assert.Single(above.Messages.OfType<Integration.RepairApprovalRequested>()).AmountAboveExpertFigure);
        Assert.Equal(ClaimStage.AwaitingRepairApproval, claim.Events(above).Stage);
    }

    [Fact]
    public void No_repair_is_authorised_before_the_expert_s_report_nor_after_a_total_loss()
    {
        var refusal = AuthoriseRepairEndpoint.Decide(Claims.Opened(), new AuthoriseRepair("Garage", 100m, 1), "claims", Now).Decision.Refusal!;
        Assert.Equal(StatusCodes.Status409Conflict, refusal.Status);
        Assert.Contains("report", refusal.Detail);
        var totalLoss = Claims.Opened().Reported(9000m, totalLoss: true, value: 5000m);
        Assert.Contains("total loss", AuthoriseRepairEndpoint.Decide(totalLoss, new AuthoriseRepair("Garage", 100m, 1), "claims", Now).Decision.Refusal!.Detail);
    }

    [Fact]
    public void An_approval_decides_only_a_quote_that_waits_for_one()
    {
        var claim = Claims.Opened().Reported(2000m);
        var waiting = claim.Events(AuthoriseRepairEndpoint.Decide(claim, new AuthoriseRepair("Garage", 2500m, 1), "claims", Now));

        var approved = waiting.Events(DecideRepairApprovalHandler.Decide(waiting, new Integration.DecideRepairApproval(claim.Id, true, "ok", "workflow:1"), "senior", Now));
        var refused = waiting.Events(DecideRepairApprovalHandler.Decide(waiting, new Integration.DecideRepairApproval(claim.Id, false, "trop cher", "workflow:1"), "senior", Now));

        Assert.Equal((2500m, RepairApproval.Approved), (approved.Repair!.AuthorisedAmount!.Value, approved.Repair.Approval));
        Assert.Equal(RepairApproval.Refused, refused.Repair!.Approval);
        Assert.True(ClaimActions.CanAuthoriseRepair(refused));
        Assert.NotNull(DecideRepairApprovalHandler.Decide(approved, new Integration.DecideRepairApproval(claim.Id, true, null, "workflow:1"), "senior", Now).Decision.Refusal);
    }

    [Fact]
    public void A_replacement_vehicle_needs_the_contract_to_include_one_and_days_left_this_contract_year()
    {
        var without = Claims.Opened(coverage: Claims.Coverage(replacement: false));
        var refusal = GrantReplacementVehicleEndpoint.Decide(without, new GrantReplacementVehicle(2, null, null, null, 1), [], new DateOnly(2026, 11, 23), Now)
            .Decision.Refusal as HttpValidationProblemDetails;
        Assert.Equal(["replacementVehicle"], refusal!.Errors.Keys);

        var with = Claims.Opened();
        var earlierLoan = new ReplacementVehicleLoan("B", 8, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 9), null, new DateOnly(2026, 3, 9), 8, 0);
        var tooMany = GrantReplacementVehicleEndpoint.Decide(with, new GrantReplacementVehicle(3, null, null, null, 1), [earlierLoan], new DateOnly(2026, 11, 23), Now);
        Assert.Equal(["days"], ((HttpValidationProblemDetails)tooMany.Decision.Refusal!).Errors.Keys);
        var granted = GrantReplacementVehicleEndpoint.Decide(with, new GrantReplacementVehicle(2, null, null, null, 1), [earlierLoan], new DateOnly(2026, 11, 23), Now);
        Assert.Equal(0, Assert.Single(granted.Messages.OfType<Integration.ReplacementVehicleGranted>()).DaysLeftThisYear);
    }

    [Fact]
    public void Triage_without_follow_up_closes_the_claim_and_a_second_triage_is_refused()
    {
        var claim = Claims.Opened();
        var decision = TriageClaimHandler.Decide(claim, new Integration.TriageClaim(claim.Id, "NoFollowUp", null, "doublon", "workflow:1"), "claims", Now);
        var closed = claim.Events(decision);

        Assert.Equal((ClaimStage.Closed, ClaimOutcome.NoFollowUp), (closed.Stage, closed.Outcome!.Value));
        Assert.Equal(ClaimPriority.High, closed.Triage!.Priority); // immobilised: high unless the handler said otherwise
        Assert.Contains(decision.Messages, m => m is Integration.ClaimClosed);
        var again = TriageClaimHandler.Decide(claim.Events(TriageClaimHandler.Decide(claim, new Integration.TriageClaim(claim.Id, "Expertise", "Normal", null, "w"), "c", Now)),
            new Integration.TriageClaim(claim.Id, "Expertise", null, null, "w"), "c", Now);
        Assert.NotNull(again.Decision.Refusal);
        Assert.NotNull(TriageClaimHandler.Decide(claim, new Integration.TriageClaim(claim.Id, "Somewhere", null, null, "w"), "c", Now).Decision.Refusal);
    }

    [Fact]
    public void The_expert_appointment_is_within_the_SLA_until_two_working_days_after_the_declaration()
    {
        var claim = Claims.Opened();
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), claim.ExpertAppointmentDueBy);
        var onTime = claim.Events(AppointExpertEndpoint.Decide(claim, new AppointExpert("BCA", null, null, 1), claim.ExpertAppointmentDueBy));
        var late = claim.Events(AppointExpertEndpoint.Decide(claim, new AppointExpert("BCA", null, null, 1), claim.ExpertAppointmentDueBy.AddMinutes(1)));
        Assert.True(onTime.Expert!.WithinSla);
        Assert.False(late.Expert!.WithinSla);
        Assert.True(ClaimSla.Checks(late, late.Expert.AppointedAt).Single(c => c.Kind == SlaKind.ExpertAppointment).Breached(late.Expert.AppointedAt));
    }

    [Fact]
    public void A_claim_is_closed_only_once_nothing_is_left_open_and_a_balance_needs_a_write_off_reason()
    {
        var claim = Claims.Opened().With(new ReplacementVehicleLent(Guid.Empty, "B", 3, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 26), null, Now));
        Assert.Contains("replacement vehicle", Assert.Single(ClaimClosure.Blockers(claim)));
        claim = claim.With(new ReplacementVehicleBack(Guid.Empty, new DateOnly(2026, 11, 25), 2, 0, Now),
            new InvoiceReceived(Guid.Empty, new ClaimInvoice(Guid.NewGuid(), InvoiceKind.Towing, "D75", "1", 150m, Now)));
        Assert.Empty(ClaimClosure.Blockers(claim));

        var refusal = CloseClaimEndpoint.Decide(claim, null, "claims", Now).Decision.Refusal as HttpValidationProblemDetails;
        Assert.Equal(["writeOffReason"], refusal!.Errors.Keys);
        var closed = claim.Events(CloseClaimEndpoint.Decide(claim, "Pas de tiers, assureur hors contrat", "claims", Now));
        Assert.Equal((ClaimOutcome.Withdrawn, 150m), (closed.Outcome!.Value, closed.WriteOffReason is null ? 0m : closed.Ledger.Balance));
        Assert.Empty(ClaimActions.Allowed(closed));
    }

    [Fact]
    public void The_actions_offered_follow_the_step()
    {
        var declared = Claims.Opened(coverage: Claims.Coverage(replacement: false));
        Assert.Contains(ClaimAction.AppointExpert, ClaimActions.Allowed(declared));
        Assert.DoesNotContain(ClaimAction.RecordExpertReport, ClaimActions.Allowed(declared));
        Assert.DoesNotContain(ClaimAction.GrantReplacementVehicle, ClaimActions.Allowed(declared));
        var reported = declared.Reported(1000m);
        Assert.Equal([ClaimAction.DispatchAssistance, ClaimAction.AuthoriseRepair, ClaimAction.FileInsurerClaim, ClaimAction.RecordInvoice,
            ClaimAction.AddAttachment, ClaimAction.AddNote, ClaimAction.Close], ClaimActions.Allowed(reported));
    }
}
