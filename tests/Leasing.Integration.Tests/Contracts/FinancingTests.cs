using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Financing;
using Leasing.Contracts.Features.Opening;
using Leasing.Contracts.ReadModels;
using Leasing.Testing;
using Marten;
using Wolverine.Tracking;
using static Leasing.Integration.Tests.Contracts.ContractDriver;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Integration.Tests.Contracts;

public sealed class FinancingTests(LeasingApp app) : IntegrationTest(app)
{
    private readonly ContractDriver _contracts = new(app);

    [Fact]
    public async Task An_offer_accepted_in_Offers_opens_a_contract_file_once_with_the_accepted_figures()
    {
        var advisor = await App.TokenForAsync("backoffice");
        var draft = await Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                customer = new { name = "Claire Martin", type = "Individual" }, vehicle = new { make = "Peugeot", model = "308" },
                terms = new { product = "LOA", cataloguePrice = 24000m, registrationAndDeliveryFees = 800m, termMonths = 36, annualMileageKm = 12000,
                    residualValue = 12800m, annualRatePercent = 6m, serviceRatePerKm = 0.04m, excessKmPrice = 0.06m },
            }).ToUrl("/api/quotes");
            s.WithBearerToken(advisor);
            s.StatusCodeShouldBe(201);
        });
        var quoteId = (await draft.ReadAsJsonAsync<Leasing.Offers.Features.Quotes.QuoteWritten>())!.Id;
        await _contracts.PostAsync($"/api/quotes/{quoteId}/send", new { expectedVersion = 1 });
        var tracked = await _contracts.TrackAsync(() => _contracts.PostAsync($"/api/quotes/{quoteId}/accept", new { expectedVersion = 2 }));

        var opened = tracked.FindSingleTrackedMessageOfType<ContractEvents.ContractFileOpened>();
        var contract = await _contracts.LoadAsync(opened.ContractId);
        Assert.Equal(quoteId, contract.QuoteId);
        Assert.Equal(ContractStatus.FinancingStudy, contract.Status);
        Assert.Equal(429.06m, contract.Figures.Rent.IncludingVat);
        Assert.Equal(357.55m, contract.Figures.Rent.ExcludingVat);
        Assert.Equal(469.06m, contract.Figures.Total.IncludingVat);
        Assert.Equal(new DateOnly(2026, 12, 8), contract.OfferHeldUntil); // consumer LOA: held 15 days from 23/11
        Assert.StartsWith("CT-2026-", contract.Number);

        // The same message delivered again finds the file open.
        var accepted = tracked.FindSingleTrackedMessageOfType<Leasing.Offers.IntegrationEvents.QuoteAccepted>();
        var events = await _contracts.EventCountAsync();
        await Host.InvokeMessageAndWaitAsync(accepted, 60_000);
        Assert.Equal(events, await _contracts.EventCountAsync());
    }

    [Fact]
    public async Task A_complete_and_scored_file_gets_a_decision_task_for_a_credit_officer_who_approves_it()
    {
        var id = await _contracts.OpenAsync();
        await _contracts.CompleteFileAsync(id, monthlyIncome: 3_000m, monthlyCharges: 400m);

        var contract = await _contracts.LoadAsync(id);
        Assert.True(contract.ChecklistComplete);
        // (400 + 469.06) / 3 000 = 28.97 % ≤ 33 % → 40, 36 months → 20, 12 000 € financed → 20: 80 ≥ 70.
        Assert.Equal(28.97m, contract.Score!.DebtToIncomePercent);
        Assert.Equal(80, contract.Score.Score);
        Assert.Equal(FinancingProposal.Approve, contract.Score.Proposal);
        var task = Assert.Single(await TasksAsync(id));
        Assert.Equal("BackOffice", task.Role);
        Assert.Equal("Credit", task.Permission);

        await _contracts.CommandAsync(id, "financing-decision", Body(("decision", "Approved")), 403); // BackOffice without the permission
        var tracked = await _contracts.TrackAsync(() => _contracts.ApproveAsync(id));

        var decided = tracked.FindSingleTrackedMessageOfType<ContractEvents.FinancingDecided>();
        Assert.Equal("Approved", decided.Decision);
        Assert.Equal("credit", decided.DecidedBy);
        contract = await _contracts.LoadAsync(id);
        Assert.Equal(ContractStatus.AwaitingSignature, contract.Status);
        Assert.Empty(await TasksAsync(id));
        await using var session = App.Store.QuerySession();
        var decisionEvent = (await session.Events.FetchStreamAsync(id)).Single(e => e.Data is CreditDecisionRecorded);
        Assert.Equal("credit", decisionEvent.UserName);
    }

    [Fact]
    public async Task A_file_over_the_debt_ratio_is_refused_and_closed()
    {
        var id = await _contracts.OpenAsync();
        await _contracts.CompleteFileAsync(id, monthlyIncome: 1_500m, monthlyCharges: 400m); // (400 + 469.06) / 1 500 = 57.94 % > 50 %

        Assert.Equal(FinancingProposal.Refuse, (await _contracts.LoadAsync(id)).Score!.Proposal);
        var tracked = await _contracts.TrackAsync(() => _contracts.CommandAsync(id, "financing-decision",
            Body(("decision", "Refused"), ("reason", "Endettement excessif")), user: "credit"));

        Assert.Equal("Refused", tracked.FindSingleTrackedMessageOfType<ContractEvents.FinancingDecided>().Decision);
        Assert.Equal("Refused", tracked.FindSingleTrackedMessageOfType<ContractEvents.ContractClosed>().Outcome);
        var contract = await _contracts.LoadAsync(id);
        Assert.Equal(ContractStatus.Refused, contract.Status);
        Assert.True(contract.IsClosed);
        await _contracts.CommandAsync(id, "signature", Body(("signerName", "Claire Martin"), ("channel", "InPerson")), 409);
    }

    [Fact]
    public async Task An_approval_with_conditions_asks_a_guarantor_and_a_higher_first_payment_that_re_prices_the_rent()
    {
        var id = await _contracts.OpenAsync();
        await _contracts.CompleteFileAsync(id, monthlyIncome: 2_400m, monthlyCharges: 400m); // 36.21 %: guarantor condition, score 60
        var scored = await _contracts.LoadAsync(id);
        Assert.Equal(FinancingProposal.ApproveWithConditions, scored.Score!.Proposal);
        Assert.Contains(FinancingCondition.Guarantor, scored.Score.Conditions);

        await _contracts.CommandAsync(id, "financing-decision", Body(("decision", "ApprovedWithConditions"), ("guarantorRequired", true),
            ("requiredFirstPayment", 2_480m), ("reason", "Apport demandé en plus de la caution")), user: "credit");
        Assert.Equal(ContractStatus.AwaitingConditions, (await _contracts.LoadAsync(id)).Status);

        // Neither a guarantor's commitment on file nor enough first payment: both fields named, nothing stored.
        var before = await _contracts.EventCountAsync();
        var problem = await _contracts.CommandAsync(id, "financing-conditions", Body(("guarantorName", "Jean Martin"), ("firstPayment", 1_000m)), 400);
        Assert.Equal(["guarantorName", "firstPayment"], ErrorFields(problem).Order().Reverse().ToArray());
        Assert.Equal(before, await _contracts.EventCountAsync());

        await _contracts.CommandAsync(id, "documents", Body(("kind", "GuarantorCommitment"), ("reference", "caution-jean-martin.pdf")));
        await _contracts.CommandAsync(id, "financing-conditions", Body(("guarantorName", "Jean Martin"), ("firstPayment", 2_480m)));

        var contract = await _contracts.LoadAsync(id);
        Assert.Equal(ContractStatus.AwaitingSignature, contract.Status);
        Assert.Equal("Jean Martin", contract.GuarantorName);
        Assert.Equal(2_480m, contract.Terms.FirstPayment);
        // 2 480 € more paid up front: the Offers engine prices the rent on 22 320 € down to the same 12 800 €.
        var expected = Leasing.Offers.IntegrationEvents.ContractPricing.Price(new OfferSpec(FirstPayment: 2_480m).Terms).MonthlyRentIncludingVat;
        Assert.Equal(expected, contract.Figures.Rent.IncludingVat);
        Assert.True(contract.Figures.Rent.IncludingVat < 429.06m);
    }

    [Fact]
    public async Task A_decision_that_departs_from_the_proposal_needs_a_reason_and_an_incomplete_file_cannot_be_decided()
    {
        var id = await _contracts.OpenAsync();
        await _contracts.CommandAsync(id, "documents", Body(("kind", "Identity"), ("reference", "cni.pdf")));
        await _contracts.CommandAsync(id, "finances", Body(("monthlyNetIncome", 3_000m), ("monthlyCharges", 400m)));
        var incomplete = await _contracts.CommandAsync(id, "financing-decision", Body(("decision", "Approved")), 409, user: "credit");
        Assert.Contains("ProofOfAddress", incomplete);

        await _contracts.CompleteFileAsync(id);
        var before = await _contracts.EventCountAsync();
        var problem = await _contracts.CommandAsync(id, "financing-decision", Body(("decision", "Refused")), 400, user: "credit");
        Assert.Equal(["reason"], ErrorFields(problem));
        Assert.Equal(before, await _contracts.EventCountAsync());
    }

    [Fact]
    public async Task Bad_document_input_names_the_fields_and_stores_nothing_and_a_stale_version_is_a_409()
    {
        var id = await _contracts.OpenAsync();
        await _contracts.TokenAsync("backoffice"); // signing in is an event of its own
        var before = await _contracts.EventCountAsync();
        var problem = await _contracts.PostAsync($"/api/contracts/{id}/documents", new { kind = "Passport", expectedVersion = 1 }, 400);
        Assert.Contains("kind", ErrorFields(problem));
        Assert.Contains("reference", ErrorFields(problem));
        Assert.Equal(before, await _contracts.EventCountAsync());

        await _contracts.PostAsync($"/api/contracts/{id}/documents", new { kind = "Identity", reference = "cni.pdf", expectedVersion = 1 });
        await _contracts.PostAsync($"/api/contracts/{id}/documents", new { kind = "ProofOfAddress", reference = "edf.pdf", expectedVersion = 1 }, 409);
        Assert.Equal(2, (await _contracts.LoadAsync(id)).Version);
    }

    private async Task<IReadOnlyList<ContractTask>> TasksAsync(Guid id)
    {
        await using var session = App.Store.QuerySession();
        return await session.Query<ContractTask>().Where(t => t.ContractId == id && t.Status == ContractTaskStatus.Open).ToListAsync();
    }
}
