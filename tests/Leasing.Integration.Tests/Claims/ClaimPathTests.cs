using Leasing.Integration.Tests.Workflows;
using Leasing.Claims.Domain;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Wolverine.Tracking;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Integration.Tests.Claims;

/// <summary>
/// A claim from declaration to closure, driven as the claims desk works it: the workflow's tasks (triage, closure) and
/// the claim's commands (each step recorded on the claim page), on real PostgreSQL with the shipped definition.
/// </summary>
public sealed class ClaimPathTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly ClaimsApi _api = new(app);

    private async Task<WorkflowInstance> InstanceOfAsync(Guid claimId)
    {
        await using var session = App.Store.QuerySession();
        return await session.Query<WorkflowInstance>().SingleAsync(i => i.CorrelationKey == claimId.ToString());
    }

    private async Task<string[]> TaskTitlesAsync(Guid claimId, string user = "claims") =>
        (await _api.TasksAsync(user, claimId, "team")).Select(t => t.GetProperty("task").GetProperty("title").GetString()!).Order().ToArray();

    [Fact]
    public async Task A_repairable_claim_goes_from_triage_through_assistance_expert_repair_and_insurer_to_closure_with_a_nil_balance()
    {
        await _api.Workflows.ImportShippedAsync();
        await _api.DeliverAsync();
        var declared = await _api.DeclareAsync();
        var claimId = declared.GetProperty("claimId").GetGuid();

        // 1. The vehicle cannot be driven: the triage task is due in 15 minutes.
        var triage = Assert.Single(await _api.TasksAsync("claims", claimId));
        Assert.Equal("1. Tri du sinistre : véhicule immobilisé", triage.GetProperty("task").GetProperty("title").GetString());
        Assert.Equal(Testing.TestClock.Start.AddMinutes(15), triage.GetProperty("task").GetProperty("dueAt").GetDateTimeOffset());
        await _api.CompleteTaskAsync("claims", WorkflowApi.TaskId(triage), "Dépannage", new { priority = "Urgente", notes = "Conducteur sur la bande d'arrêt d'urgence" });

        var afterTriage = await _api.ClaimAsync(claimId);
        Assert.Equal("Assistance", afterTriage.GetProperty("claim").GetProperty("triage").GetProperty("route").GetString());
        Assert.Equal("Urgent", afterTriage.GetProperty("claim").GetProperty("triage").GetProperty("priority").GetString());
        Assert.Equal(["2. Organiser le dépannage et l'assistance", "Déclarer le sinistre à l'assureur", "Proposer un véhicule de remplacement"],
            await TaskTitlesAsync(claimId));

        // 2. Towing recorded on the claim: the workflow's assistance step closes, the expertise step opens.
        await _api.RecordAsync(claimId, "assistance", new { provider = "Mondial Assistance", reference = "MA-778", towing = true, towedTo = "Garage du Centre, Montreuil",
            expectedOnSiteAt = Testing.TestClock.Start.AddMinutes(45) });
        Assert.Contains("3. Missionner un expert", await TaskTitlesAsync(claimId));
        Assert.DoesNotContain("2. Organiser le dépannage et l'assistance", await TaskTitlesAsync(claimId));

        // The replacement vehicle the contract includes.
        await _api.RecordAsync(claimId, "replacement-vehicle", new { days = 5 });
        Assert.DoesNotContain("Proposer un véhicule de remplacement", await TaskTitlesAsync(claimId));

        // 3–4. Expert appointed within the 2 working days, then the report.
        App.Clock.Advance(TimeSpan.FromHours(3));
        await _api.RecordAsync(claimId, "expert", new { firm = "BCA Expertise", expertName = "Jeanne Morel", inspectionOn = "2026-11-24" });
        Assert.Contains(await _api.StepsAsync(claimId), s => s == "4. Rapport d'expertise — en attente de la réception du rapport d'expertise.");
        App.Clock.Advance(TimeSpan.FromDays(1));
        await _api.RecordAsync(claimId, "expert-report", new { repairEstimate = 2000m, totalLoss = false });
        Assert.Contains("5. Autoriser la réparation (devis du garage)", await TaskTitlesAsync(claimId));

        // 5. A quote within the expert's figure is authorised at once.
        await _api.RecordAsync(claimId, "repair-authorisation", new { garage = "Garage du Centre", quotedAmount = 1850m });
        var overInvoiced = await _api.RecordAsync(claimId, "invoices", new { kind = "Repair", supplier = "Garage du Centre", number = "F-1", amount = 1900m }, status: 400);
        Assert.Equal(["amount"], ClaimsApi.Fields(overInvoiced));
        await _api.RecordAsync(claimId, "insurer-claim", new { insurer = "Allianz", insurerReference = "ALZ-2026-555", accidentReportCase = "RearEnd", driverRole = "Struck" });

        // 6–7. Repaired, handed back; the replacement vehicle returned, the garage's invoice recorded, the insurer pays.
        App.Clock.Advance(TimeSpan.FromDays(3));
        await _api.RecordAsync(claimId, "repair-completion", new { });
        await _api.RecordAsync(claimId, "vehicle-return", new { });
        await _api.RecordAsync(claimId, "replacement-vehicle/return", new { });
        await _api.RecordAsync(claimId, "invoices", new { kind = "Repair", supplier = "Garage du Centre", number = "F-2026-118", amount = 1850m });
        await _api.RecordAsync(claimId, "insurer-settlement", new { payout = 1850m });

        // 8. Everything is settled: the closure task; its outcome closes the claim through the CloseClaim command.
        var close = await _api.TaskAsync("claims", claimId, "8. Clôturer le sinistre");
        await _api.CompleteTaskAsync("claims", close, "Clôturer", new { note = "Réparé, indemnisé sans franchise (non responsable)." });

        var closed = await _api.ClaimAsync(claimId);
        Assert.Equal("Closed", closed.GetProperty("stage").GetString());
        Assert.Equal("Repaired", closed.GetProperty("claim").GetProperty("outcome").GetString());
        Assert.Equal(0m, closed.GetProperty("ledger").GetProperty("balance").GetDecimal());
        Assert.Equal(0m, closed.GetProperty("ledger").GetProperty("deductibleCharged").GetDecimal());
        Assert.Equal(0, closed.GetProperty("claim").GetProperty("insurer").GetProperty("liabilityPercent").GetInt32());
        Assert.Equal(4, closed.GetProperty("claim").GetProperty("replacement").GetProperty("daysUsed").GetInt32());
        Assert.Equal(InstanceStatus.Completed, (await InstanceOfAsync(claimId)).Status);
        Assert.Empty(await _api.TasksAsync("claims", claimId, "team"));

        // Who did what: the triage decided in the task is recorded as the handler who completed it.
        await using var session = App.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(claimId);
        Assert.Equal("claims", events.Single(e => e.Data is ClaimTriageRecorded).UserName);
        Assert.Equal("claims", events.Single(e => e.Data is ClaimFinalised).UserName);
    }

    [Fact]
    public async Task A_total_loss_is_settled_by_the_insurer_and_ends_the_contract_through_Contracts()
    {
        await _api.Workflows.ImportShippedAsync();
        var delivered = await _api.DeliverAsync(ClaimsApi.Delivered(deductible: 500m));
        var declared = await _api.DeclareAsync(ClaimsApi.Statement(kind: "SingleVehicle", drivable: false));
        var claimId = declared.GetProperty("claimId").GetGuid();
        var triage = Assert.Single(await _api.TasksAsync("claims", claimId));
        await _api.CompleteTaskAsync("claims", WorkflowApi.TaskId(triage), "Expertise");

        var replacement = await _api.TaskAsync("claims", claimId, "Proposer un véhicule de remplacement");
        await _api.CompleteTaskAsync("claims", replacement, "Non souhaité");
        await _api.RecordAsync(claimId, "expert", new { firm = "BCA Expertise" });
        await _api.RecordAsync(claimId, "expert-report", new { repairEstimate = 14000m, totalLoss = true, vehicleValue = 12000m });
        Assert.Contains("5. Perte totale : informer le client et organiser l'enlèvement de l'épave", await TaskTitlesAsync(claimId));
        await _api.RecordAsync(claimId, "repair-authorisation", new { garage = "Garage du Centre", quotedAmount = 9000m }, status: 409);

        // A single-vehicle accident: the driver is liable, the whole 500 € deductible is the customer's; the insurer pays the rest.
        await _api.RecordAsync(claimId, "insurer-claim", new { insurer = "Allianz", insurerReference = "ALZ-2026-777" });
        await _api.RecordAsync(claimId, "insurer-settlement", new { payout = 11500m });
        var terminate = _api.LastTracked!.Sent.SingleMessage<ContractEvents.TerminateContractForTotalLoss>();
        Assert.Equal((delivered.ContractId, claimId, 11500m, "TotalLoss", new DateOnly(2026, 11, 23)),
            (terminate.ContractId, terminate.ClaimId, terminate.InsurancePayout, terminate.Reason, terminate.LossOn));
        Assert.Equal("claims", terminate.RequestedBy);

        var inform = await _api.TaskAsync("claims", claimId, "5. Perte totale : informer le client et organiser l'enlèvement de l'épave");
        await _api.CompleteTaskAsync("claims", inform, "Fait");
        Assert.Contains(await _api.StepsAsync(claimId), s => s.Contains("la résiliation du contrat pour perte totale"));

        // This vehicle was announced to Claims by the test alone, so Contracts has no such contract and ignores the command; its
        // answer is published here (the next test terminates a real contract).
        await Host.TrackActivity().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(context => context.PublishAsync(new ContractEvents.ContractTerminated(
            delivered.ContractId, delivered.ContractNumber, delivered.QuoteId, null, delivered.CompanyId, "TotalLoss", claimId, new DateOnly(2026, 11, 25),
            "ExcludingVat", 12400m, 11500m, 900m, App.Clock.GetUtcNow())).AsTask()));

        var terminated = await _api.ClaimAsync(claimId);
        Assert.Equal("ContractTerminated", terminated.GetProperty("stage").GetString());
        Assert.Equal(500m, terminated.GetProperty("ledger").GetProperty("deductibleCharged").GetDecimal());
        Assert.Equal(0m, terminated.GetProperty("ledger").GetProperty("balance").GetDecimal());
        var close = await _api.TaskAsync("claims", claimId, "8. Clôturer le sinistre");
        await _api.CompleteTaskAsync("claims", close, "Clôturer");
        Assert.Equal("TotalLoss", (await _api.ClaimAsync(claimId)).GetProperty("claim").GetProperty("outcome").GetString());
        Assert.Equal(InstanceStatus.Completed, (await InstanceOfAsync(claimId)).Status);

        // The vehicle's contract has ended: no new claim on it.
        var refused = await _api.DeclareAsync(status: 400);
        Assert.Equal(["registration"], ClaimsApi.Fields(refused));
    }

    [Fact]
    public async Task A_total_loss_on_a_real_contract_terminates_it_in_Contracts_with_the_insurer_payout()
    {
        var contracts = new Leasing.Integration.Tests.Contracts.ContractDriver(App);
        var contractId = await contracts.ActiveContractAsync(new Leasing.Integration.Tests.Contracts.OfferSpec(Product: "LLD", CustomerType: "Business",
            CompanyId: "SIREN-552100554", CustomerName: "Transports Rhône"), new DateOnly(2026, 6, 1));
        var registration = (await contracts.LoadAsync(contractId)).Registration!;
        App.Clock.Set(Testing.TestClock.Start);
        await _api.Workflows.ImportShippedAsync();

        var declared = await _api.DeclareAsync(ClaimsApi.Statement(registration: registration, kind: "SingleVehicle", drivable: false));
        var claimId = declared.GetProperty("claimId").GetGuid();
        var triage = Assert.Single(await _api.TasksAsync("claims", claimId));
        await _api.CompleteTaskAsync("claims", WorkflowApi.TaskId(triage), "Expertise");
        await _api.RecordAsync(claimId, "expert", new { firm = "BCA Expertise" });
        await _api.RecordAsync(claimId, "expert-report", new { repairEstimate = 14000m, totalLoss = true, vehicleValue = 12000m });
        await _api.RecordAsync(claimId, "insurer-claim", new { insurer = "Allianz", insurerReference = "ALZ-2026-778" });
        await _api.RecordAsync(claimId, "insurer-settlement", new { payout = 11500m });

        // Contracts handled the command: the contract ended on the loss date for this claim, and its answer reached the claim.
        var contract = await contracts.LoadAsync(contractId);
        Assert.Equal(Leasing.Contracts.Domain.ContractStatus.Terminated, contract.Status);
        Assert.Equal(claimId, contract.Termination!.ClaimId);
        Assert.Equal("ContractTerminated", (await _api.ClaimAsync(claimId)).GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_claim_closed_with_no_follow_up_at_triage_ends_its_workflow()
    {
        await _api.Workflows.ImportShippedAsync();
        await _api.DeliverAsync();
        var claimId = (await _api.DeclareAsync(ClaimsApi.Statement(kind: "Vandalism", drivable: true))).GetProperty("claimId").GetGuid();
        var triage = Assert.Single(await _api.TasksAsync("claims", claimId));
        Assert.Equal(Testing.TestClock.Start.AddHours(4), triage.GetProperty("task").GetProperty("dueAt").GetDateTimeOffset());

        await _api.CompleteTaskAsync("claims", WorkflowApi.TaskId(triage), "Sans suite", new { notes = "Doublon du sinistre déclaré hier" });

        var claim = await _api.ClaimAsync(claimId);
        Assert.Equal("NoFollowUp", claim.GetProperty("claim").GetProperty("outcome").GetString());
        Assert.Equal(InstanceStatus.Completed, (await InstanceOfAsync(claimId)).Status);
        Assert.Equal(["Parcours terminé."], await _api.StepsAsync(claimId));
    }

    [Fact]
    public async Task A_closure_asked_by_the_workflow_while_a_balance_is_left_is_refused_on_the_timeline_and_done_from_the_claim_with_a_reason()
    {
        await _api.Workflows.ImportShippedAsync();
        await _api.DeliverAsync(ClaimsApi.Delivered(replacement: false));
        var claimId = (await _api.DeclareAsync(ClaimsApi.Statement(drivable: true))).GetProperty("claimId").GetGuid();
        await _api.CompleteTaskAsync("claims", WorkflowApi.TaskId(Assert.Single(await _api.TasksAsync("claims", claimId))), "Expertise");
        await _api.RecordAsync(claimId, "expert", new { firm = "BCA Expertise" });
        await _api.RecordAsync(claimId, "expert-report", new { repairEstimate = 1000m, totalLoss = false });
        await _api.RecordAsync(claimId, "repair-authorisation", new { garage = "Carrosserie Martin", quotedAmount = 1000m });
        await _api.RecordAsync(claimId, "repair-completion", new { });
        await _api.RecordAsync(claimId, "vehicle-return", new { });
        await _api.RecordAsync(claimId, "invoices", new { kind = "Repair", supplier = "Carrosserie Martin", number = "CM-9", amount = 1000m });
        await _api.RecordAsync(claimId, "insurer-claim", new { insurer = "Allianz", insurerReference = "ALZ-1", accidentReportCase = "Undetermined", driverRole = "Both" });
        await _api.RecordAsync(claimId, "insurer-settlement", new { payout = 700m });

        // Half the fault: half the 300 € deductible for the customer; 150 € are not recovered.
        var settled = await _api.ClaimAsync(claimId);
        Assert.Equal(150m, settled.GetProperty("ledger").GetProperty("deductibleCharged").GetDecimal());
        Assert.Equal(150m, settled.GetProperty("ledger").GetProperty("balance").GetDecimal());

        await _api.CompleteTaskAsync("claims", await _api.TaskAsync("claims", claimId, "8. Clôturer le sinistre"), "Clôturer");
        var refused = await _api.ClaimAsync(claimId);
        Assert.Equal("VehicleReturned", refused.GetProperty("stage").GetString());
        Assert.Contains("writeOffReason", refused.GetProperty("claim").GetProperty("refusedRequests")[0].GetProperty("reason").GetString());
        Assert.Contains(await _api.StepsAsync(claimId), s => s.Contains("la clôture du sinistre"));

        Assert.Equal(["writeOffReason"], ClaimsApi.Fields(await _api.RecordAsync(claimId, "close", new { }, status: 400)));
        await _api.RecordAsync(claimId, "close", new { writeOffReason = "Indemnité de l'assureur inférieure au devis : écart pris en charge." });
        Assert.Equal(InstanceStatus.Completed, (await InstanceOfAsync(claimId)).Status);
        Assert.Equal(150m, (await _api.ClaimAsync(claimId)).GetProperty("ledger").GetProperty("balance").GetDecimal());
    }
}
