using System.Text.Json;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Leasing.Prospecting.Features;
using Leasing.Testing;
using Marten;
using Marten.Events;
using Wolverine.Tracking;

namespace Leasing.Integration.Tests.Prospecting;

public sealed class LeadWorkTests(LeasingApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_erasure_request_masks_the_person_in_the_lead_and_in_its_stored_events_but_the_statistics_keep_it()
    {
        var (advisor, leadId) = await CaptureAsync();
        await PostAsync(advisor, $"/api/leads/{leadId}/activities", new { kind = "Call", note = "Rappeler Paul au 06 12 34 56 78", expectedVersion = 2 }, 200);

        var manager = await App.TokenForAsync("salesmanager");
        await PostAsync(advisor, $"/api/leads/{leadId}/erasure", new { expectedVersion = 3 }, 403);
        await Host.TrackActivity().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await PostAsync(manager, $"/api/leads/{leadId}/erasure", new { expectedVersion = 3 }, 200)));

        await using var session = App.Store.QuerySession();
        var lead = (await session.LoadAsync<Lead>(leadId))!;
        Assert.True(lead.IsErased);
        Assert.Null(lead.Contact.Email);
        var captured = (LeadCaptured)(await session.Events.FetchStreamAsync(leadId)).First().Data;
        Assert.Null(captured.Intake.Contact.Email);
        Assert.Null(captured.Intake.Contact.Phone);
        Assert.Equal("***", captured.Intake.Contact.LastName);
        var rawEvents = string.Join("\n", await session.QueryAsync<string>(
            "select data::text from events.mt_events where stream_id = ?", leadId));
        Assert.DoesNotContain("paul.durand", rawEvents);
        Assert.DoesNotContain("06 12 34 56 78", rawEvents);

        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60)); // the statistics are an async projection
        var stats = await Host.Scenario(s => { s.Get.Url("/api/leads/statistics?from=2026-11-01&to=2026-11-30"); s.WithBearerToken(manager); s.StatusCodeShouldBeOk(); });
        using var report = JsonDocument.Parse(await stats.ReadAsTextAsync());
        Assert.Equal(1, report.RootElement.GetProperty("total").GetProperty("leads").GetInt32());
    }

    [Fact]
    public async Task A_simulation_is_attached_to_the_lead_and_bad_figures_are_refused_naming_each_field()
    {
        var (advisor, leadId) = await CaptureAsync();
        var seed = new
        {
            product = "LOA", customerType = "Individual", vehicle = "Peugeot 308", vehiclePrice = 24800, firstPayment = 0, residualValue = 12800,
            termMonths = 36, annualMileageKm = 12000, annualRatePercent = 6, monthlyRent = 429.06, monthlyServiceCharge = 40, monthlyTotal = 469.06,
            totalCost = 16886.16, purchaseOptionPrice = 12800, expectedVersion = 2,
        };
        var before = await EventCountAsync();

        var problem = JsonDocument.Parse(await PostAsync(advisor, $"/api/leads/{leadId}/simulations",
            seed with { product = "Cash", residualValue = 30000, termMonths = 6, expectedVersion = 2 }, 400)).RootElement;
        Assert.Equal(["product", "residualValue", "termMonths"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(before, await EventCountAsync());
        await PostAsync(advisor, $"/api/leads/{leadId}/simulations", seed with { expectedVersion = 1 }, 409);

        await PostAsync(advisor, $"/api/leads/{leadId}/simulations", seed, 200);

        await using var session = App.Store.QuerySession();
        var simulation = Assert.Single((await session.LoadAsync<Lead>(leadId))!.Simulations);
        Assert.Equal(("LOA", 429.06m, 469.06m, 12800m), (simulation.Product, simulation.MonthlyRent, simulation.MonthlyTotal, simulation.PurchaseOptionPrice));
    }

    [Fact]
    public async Task A_sales_manager_reassigns_a_lead_and_an_advisor_logs_activity_and_follow_ups()
    {
        var (advisor, leadId) = await CaptureAsync();
        await PostAsync(advisor, $"/api/leads/{leadId}/follow-ups", new { dueAt = TestClock.Start.AddDays(1), note = "Envoyer l'offre", expectedVersion = 2 }, 200);
        await PostAsync(advisor, $"/api/leads/{leadId}/activities", new { kind = "Telepathy", expectedVersion = 3 }, 400);

        var manager = await App.TokenForAsync("salesmanager");
        Guid other;
        await using (var session = App.Store.QuerySession())
            other = (await session.Query<PointOfSale>().SingleAsync()).Advisors.Single(a => a.Name == "Marc Petit").Id;
        await PostAsync(manager, $"/api/leads/{leadId}/reassign", new { advisorId = Guid.NewGuid(), expectedVersion = 3 }, 400);
        await PostAsync(manager, $"/api/leads/{leadId}/reassign", new { advisorId = other, reason = "Congés", expectedVersion = 3 }, 200);

        await using var check = App.Store.QuerySession();
        var lead = (await check.LoadAsync<Lead>(leadId))!;
        Assert.Equal(other, lead.AdvisorId);
        Assert.Single(lead.FollowUps);
    }

    [Fact]
    public async Task A_follow_up_shows_in_the_advisors_reminders_when_due_until_something_is_logged()
    {
        var (advisor, leadId) = await CaptureAsync();
        await PostAsync(advisor, $"/api/leads/{leadId}/follow-ups", new { dueAt = TestClock.Start.AddHours(2), note = "Rappeler", expectedVersion = 2 }, 200);

        var later = await InboxItemAsync(advisor);
        Assert.Equal(TestClock.Start.AddHours(2), later.GetProperty("nextFollowUp").GetDateTimeOffset());
        Assert.False(later.GetProperty("followUpDue").GetBoolean());

        App.Clock.Advance(TimeSpan.FromHours(3));
        Assert.True((await InboxItemAsync(advisor)).GetProperty("followUpDue").GetBoolean());

        await PostAsync(advisor, $"/api/leads/{leadId}/activities", new { kind = "Call", note = "Rappelé", expectedVersion = 3 }, 200);
        Assert.Equal(JsonValueKind.Null, (await InboxItemAsync(advisor)).GetProperty("nextFollowUp").ValueKind);
    }

    private async Task<JsonElement> InboxItemAsync(string token)
    {
        var result = await Host.Scenario(s => { s.Get.Url("/api/leads?view=mine"); s.WithBearerToken(token); s.StatusCodeShouldBeOk(); });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.GetProperty("items")[0].Clone();
    }

    private async Task<(string Advisor, Guid LeadId)> CaptureAsync()
    {
        var manager = await App.TokenForAsync("salesmanager");
        await Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                code = "LYON-1", name = "Concession Lyon",
                opening = Enumerable.Range(1, 6).Select(d => new { day = ((DayOfWeek)d).ToString(), opens = "09:00", closes = "19:00" }).ToArray(),
                advisors = new object[] { new { name = "Julie Moreau", userName = "backoffice" }, new { name = "Marc Petit", userName = "salesmanager" } },
            }).ToUrl("/api/points-of-sale");
            s.WithBearerToken(manager);
            s.StatusCodeShouldBe(201);
        });
        var advisor = await App.TokenForAsync("backoffice");
        var created = await PostAsync(advisor, "/api/leads", new Dictionary<string, object>
        {
            ["firstName"] = "Paul", ["lastName"] = "Durand", ["email"] = "paul.durand@example.fr", ["phone"] = "06 12 34 56 78",
            ["source"] = "la-centrale", ["pointOfSale"] = "LYON-1",
        }, 201);
        return (advisor, JsonDocument.Parse(created).RootElement.GetProperty("leadId").GetGuid());
    }

    private async Task<string> PostAsync(string token, string url, object body, int status)
    {
        var result = await Host.Scenario(s => { s.Post.Json(body).ToUrl(url); s.WithBearerToken(token); s.StatusCodeShouldBe(status); });
        return await result.ReadAsTextAsync();
    }
}
