using System.Text.Json;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Features;
using Leasing.Testing;
using Marten;
using Wolverine.Tracking;
using ProspectingEvents = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Integration.Tests.Prospecting;

public sealed class LeadIntakeTests(LeasingApp app) : IntegrationTest(app)
{
    // The test clock starts on Monday 23/11/2026 at 09:00 UTC, 10:00 in Paris.
    private static object PointOfSale(string code = "LYON-1") => new
    {
        code, name = "Concession Lyon Gerland",
        opening = Enumerable.Range(1, 6).Select(d => new { day = ((DayOfWeek)d).ToString(), opens = "09:00", closes = "19:00" }).ToArray(),
        closedDates = new[] { "2026-12-25" },
        advisors = new object[] { new { name = "Julie Moreau", userName = "backoffice" }, new { name = "Marc Petit", userName = "salesmanager" } },
        routing = "RoundRobin",
    };

    private static Dictionary<string, object> Lead(string email = "paul.durand@example.fr", string phone = "06 12 34 56 78", string source = "la-centrale") => new()
    {
        ["firstName"] = "Paul", ["lastName"] = "Durand", ["email"] = email, ["phone"] = phone, ["source"] = source,
        ["pointOfSale"] = "LYON-1", ["condition"] = "occasion", ["financing"] = "LOA", ["budget"] = 350, ["make"] = "Peugeot", ["model"] = "3008",
    };

    [Fact]
    public async Task A_lead_is_captured_routed_to_an_advisor_with_both_SLA_timers_set_and_LeadCaptured_published()
    {
        var token = await SetUpAsync();
        var tracked = await Host.TrackActivity().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await PostAsync(token, "/api/leads", Lead(), 201)));

        var timers = tracked.Scheduled.MessagesOf<CheckLeadSla>().OrderBy(t => t.DueAt).ToList();
        Assert.Equal([SlaKind.Acknowledgement, SlaKind.Qualification], timers.Select(t => t.Kind).ToArray());
        Assert.Equal(TestClock.Start.AddMinutes(20), timers[0].DueAt);
        Assert.Equal(TestClock.Start.AddHours(4), timers[1].DueAt);
        var published = tracked.FindSingleTrackedMessageOfType<ProspectingEvents.LeadCaptured>();

        var lead = await SingleLeadAsync();
        Assert.Equal(published.LeadId, lead.Id);
        Assert.NotNull(lead.AdvisorId);
        Assert.Equal("+33612345678", lead.Contact.Phone);
    }

    [Fact]
    public async Task A_retried_submission_with_the_same_idempotency_key_never_makes_two_leads()
    {
        var token = await SetUpAsync();
        var first = await PostAsync(token, "/api/leads", Lead(), 201, "retry-123");
        var events = await EventCountAsync();
        var again = await PostAsync(token, "/api/leads", Lead(), 200, "retry-123");

        Assert.Equal(first.GetProperty("leadId").GetGuid(), again.GetProperty("leadId").GetGuid());
        Assert.True(again.GetProperty("replayed").GetBoolean());
        Assert.Equal(events, await EventCountAsync());
    }

    [Fact]
    public async Task The_same_person_within_30_days_is_merged_into_the_open_lead()
    {
        var token = await SetUpAsync();
        var first = await PostAsync(token, "/api/leads", Lead(), 201);
        App.Clock.Advance(TimeSpan.FromDays(3));
        token = await App.TokenForAsync("backoffice");
        var second = await PostAsync(token, "/api/leads", Lead(email: "autre@example.fr", phone: "+33 6 12 34 56 78", source: "le-bon-coin"), 200);

        Assert.True(second.GetProperty("merged").GetBoolean());
        Assert.Equal(first.GetProperty("leadId").GetGuid(), second.GetProperty("leadId").GetGuid());
        var lead = await SingleLeadAsync();
        Assert.Single(lead.Merges);
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_each_field_and_nothing_is_stored()
    {
        var token = await SetUpAsync();
        var before = await EventCountAsync();
        var bad = Lead(email: "not-an-email", phone: "12", source: "pigeon voyageur");
        var problem = await PostAsync(token, "/api/leads", bad, 400);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("email", fields);
        Assert.Contains("phone", fields);
        Assert.Contains("source", fields);
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task The_public_web_form_needs_consent_and_no_sign_in()
    {
        await SetUpAsync();
        var form = Lead(source: "ignored");
        var refused = await Host.Scenario(s => { s.Post.Json(form).ToUrl("/api/public/leads"); s.StatusCodeShouldBe(400); });
        Assert.Contains("consent", await refused.ReadAsTextAsync());

        form["consent"] = true;
        await Host.Scenario(s => { s.Post.Json(form).ToUrl("/api/public/leads"); s.StatusCodeShouldBe(201); });
        var lead = await SingleLeadAsync();
        Assert.Equal("own-website", lead.SourceId);
        Assert.True(lead.Consent.Given);
    }

    [Fact]
    public async Task A_lead_not_acknowledged_within_20_minutes_breaches_and_one_acknowledged_in_time_does_not()
    {
        var token = await SetUpAsync();
        var late = (await PostAsync(token, "/api/leads", Lead(), 201)).GetProperty("leadId").GetGuid();
        var onTime = (await PostAsync(token, "/api/leads", Lead(email: "b@example.fr", phone: "0698765432"), 201)).GetProperty("leadId").GetGuid();
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        await PostAsync(token, $"/api/leads/{onTime}/acknowledge", new { expectedVersion = 2 }, 200);

        App.Clock.Advance(TimeSpan.FromMinutes(11));
        foreach (var id in new[] { late, onTime })
            await Host.InvokeMessageAndWaitAsync(new CheckLeadSla(id, SlaKind.Acknowledgement, TestClock.Start.AddMinutes(20)));

        await using var session = App.Store.QuerySession();
        var breached = (await session.LoadAsync<Lead>(late))!;
        Assert.Equal([SlaKind.Acknowledgement], breached.SlaBreaches.ToArray());
        Assert.Empty((await session.LoadAsync<Lead>(onTime))!.SlaBreaches);
        // Nobody took it in time: it went to the other advisor of the point of sale.
        var events = await session.Events.FetchStreamAsync(late);
        var firstAdvisor = events.Select(e => e.Data).OfType<LeadAssigned>().First().AdvisorId;
        Assert.Contains(events.Select(e => e.Data), e => e is LeadReassigned r && r.FromAdvisorId == firstAdvisor);
        Assert.NotEqual(firstAdvisor, breached.AdvisorId);
    }

    [Fact]
    public async Task The_SLA_clock_stops_while_the_point_of_sale_is_closed()
    {
        var token = await SetUpAsync();
        App.Clock.Set(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero)); // Sunday 11:00 in Paris: closed
        token = await App.TokenForAsync("backoffice");
        var tracked = await Host.TrackActivity().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await PostAsync(token, "/api/leads", Lead(), 201)));
        var acknowledgement = tracked.Scheduled.MessagesOf<CheckLeadSla>().Single(t => t.Kind == SlaKind.Acknowledgement);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 20, 0, TimeSpan.Zero), acknowledgement.DueAt); // Monday 09:20 in Paris

        App.Clock.Advance(TimeSpan.FromHours(3)); // still Sunday: a timer firing now records nothing
        await Host.InvokeMessageAndWaitAsync(new CheckLeadSla(acknowledgement.LeadId, SlaKind.Acknowledgement, acknowledgement.DueAt));
        Assert.Empty((await SingleLeadAsync()).SlaBreaches);
    }

    [Fact]
    public async Task Leads_go_round_robin_to_the_advisors_and_each_sees_them_in_their_inbox()
    {
        var token = await SetUpAsync();
        for (var i = 0; i < 4; i++)
            await PostAsync(token, "/api/leads", Lead(email: $"p{i}@example.fr", phone: $"061234560{i}"), 201);

        await using (var session = App.Store.QuerySession())
        {
            var byAdvisor = (await session.Query<Lead>().ToListAsync()).GroupBy(l => l.AdvisorId).Select(g => g.Count()).ToArray();
            Assert.Equal([2, 2], byAdvisor);
        }
        var inbox = await GetAsync(token, "/api/leads?view=mine");
        Assert.Equal(2, inbox.GetProperty("total").GetInt32());
        Assert.All(inbox.GetProperty("items").EnumerateArray(), i => Assert.Equal("Julie Moreau", i.GetProperty("advisor").GetString()));
        var bad = await Host.Scenario(s => { s.Get.Url("/api/leads?view=everything"); s.WithBearerToken(token); s.StatusCodeShouldBe(400); });
        Assert.Contains("view", await bad.ReadAsTextAsync());
    }

    [Fact]
    public async Task Qualifying_publishes_LeadQualified_and_losing_needs_a_known_reason()
    {
        var token = await SetUpAsync();
        var id = (await PostAsync(token, "/api/leads", Lead(), 201)).GetProperty("leadId").GetGuid();
        var tracked = await Host.TrackActivity().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await PostAsync(token, $"/api/leads/{id}/qualify", new { condition = "Used", financing = "LOA", budget = 380, expectedVersion = 2 }, 200)));
        Assert.Equal(id, tracked.FindSingleTrackedMessageOfType<ProspectingEvents.LeadQualified>().LeadId);

        await PostAsync(token, $"/api/leads/{id}/lose", new { reason = "Bored", expectedVersion = 4 }, 400);
        await PostAsync(token, $"/api/leads/{id}/lose", new { reason = "BoughtElsewhere", expectedVersion = 3 }, 409);
        await PostAsync(token, $"/api/leads/{id}/lose", new { reason = "BoughtElsewhere", expectedVersion = 4 }, 200);
        Assert.Equal(LeadStatus.Lost, (await SingleLeadAsync()).Status);
    }

    [Fact]
    public async Task A_quote_sent_for_the_lead_moves_it_to_offer_made()
    {
        var token = await SetUpAsync();
        var leadId = (await PostAsync(token, "/api/leads", Lead(), 201)).GetProperty("leadId").GetGuid();
        await PostAsync(token, $"/api/leads/{leadId}/qualify", new { condition = "Used", financing = "LOA", expectedVersion = 2 }, 200);
        var quote = await PostAsync(token, "/api/quotes", new
        {
            customer = new { name = "Paul Durand", type = "Individual" }, vehicle = new { make = "Peugeot", model = "3008" }, leadId,
            terms = new { product = "LOA", cataloguePrice = 24000, registrationAndDeliveryFees = 800, termMonths = 36, annualMileageKm = 12000,
                residualValue = 12800, annualRatePercent = 6 },
        }, 201);
        var quoteId = quote.GetProperty("id").GetGuid();

        await Host.TrackActivity().IncludeExternalTransports().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await PostAsync(token, $"/api/quotes/{quoteId}/send", new { expectedVersion = 1 }, 200)));

        var lead = await SingleLeadAsync();
        Assert.Equal(LeadStatus.OfferMade, lead.Status);
        Assert.Equal([quoteId], lead.QuoteIds.ToArray());

        // The contract signed for that quote wins the lead; a redelivery changes nothing more.
        var contractId = Guid.CreateVersion7();
        var signed = new Leasing.Contracts.IntegrationEvents.ContractSigned(contractId, "CTR-2026-000001", quoteId, leadId, "LOA", "Individual",
            "Paul Durand", null, "Paul Durand", "InPerson", new DateOnly(2026, 11, 24), true, new DateOnly(2026, 12, 8), "sha", App.Clock.GetUtcNow());
        await Host.InvokeMessageAndWaitAsync(signed);
        await Host.InvokeMessageAndWaitAsync(signed);

        var won = await SingleLeadAsync();
        Assert.Equal((LeadStatus.Won, contractId), (won.Status, won.ContractId));
        await using var session = App.Store.QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(leadId), e => e.Data is LeadWon);
    }

    private async Task<string> SetUpAsync()
    {
        var manager = await App.TokenForAsync("salesmanager");
        await PostAsync(manager, "/api/points-of-sale", PointOfSale(), 201);
        return await App.TokenForAsync("backoffice");
    }

    private async Task<JsonElement> PostAsync(string token, string url, object body, int status, string? idempotencyKey = null)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl(url);
            s.WithBearerToken(token);
            if (idempotencyKey is not null) s.WithRequestHeader(CaptureLeadEndpoint.IdempotencyHeader, idempotencyKey);
            s.StatusCodeShouldBe(status);
        });
        var text = await result.ReadAsTextAsync();
        return string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<JsonElement> GetAsync(string token, string url)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.WithBearerToken(token); s.StatusCodeShouldBeOk(); });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
    }

    private async Task<Lead> SingleLeadAsync()
    {
        await using var session = App.Store.QuerySession();
        return await session.Query<Lead>().SingleAsync();
    }
}
