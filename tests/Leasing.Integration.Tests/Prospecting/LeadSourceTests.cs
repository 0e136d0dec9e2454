using System.Text.Json;
using Leasing.Testing;
using Marten;
using Marten.Events;

namespace Leasing.Integration.Tests.Prospecting;

public sealed class LeadSourceTests(LeasingApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_sales_manager_sets_the_cost_per_lead_and_adds_a_source_that_intake_then_accepts()
    {
        var manager = await App.TokenForAsync("salesmanager");
        await PutAsync(manager, "la-centrale", new { name = "La Centrale", costPerLead = 32.5m, expectedVersion = 0 }, 200);
        await PutAsync(manager, "salon-auto", new { name = "Salon de l'auto", costPerLead = 12m, expectedVersion = 0 }, 409);
        await PutAsync(manager, "salon-auto", new { name = "Salon de l'auto", costPerLead = 12m, expectedVersion = 1 }, 200);
        await PutAsync(await App.TokenForAsync("backoffice"), "salon-auto", new { name = "Salon", costPerLead = 1m, expectedVersion = 2 }, 403);
        await PutAsync(manager, "Bad Id!", new { name = "X", costPerLead = 1m, expectedVersion = 2 }, 400);

        await Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                code = "LYON-1", name = "Concession Lyon",
                opening = Enumerable.Range(0, 7).Select(d => new { day = ((DayOfWeek)d).ToString(), opens = "00:00", closes = "00:00" }).ToArray(),
            }).ToUrl("/api/points-of-sale");
            s.WithBearerToken(manager);
            s.StatusCodeShouldBe(201);
        });
        foreach (var (email, source) in new[] { ("a@example.fr", "Salon de l'auto"), ("b@example.fr", "La Centrale") })
            await Host.Scenario(s =>
            {
                s.Post.Json(new Dictionary<string, object> { ["lastName"] = "Client", ["email"] = email, ["source"] = source, ["pointOfSale"] = "LYON-1" }).ToUrl("/api/leads");
                s.WithBearerToken(manager);
                s.StatusCodeShouldBe(201);
            });

        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60)); // the statistics are an async projection
        var stats = await Host.Scenario(s => { s.Get.Url("/api/leads/statistics?from=2026-11-01&to=2026-11-30"); s.WithBearerToken(manager); s.StatusCodeShouldBeOk(); });
        using var report = JsonDocument.Parse(await stats.ReadAsTextAsync());
        var rows = report.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("sourceId").GetString()!);
        Assert.Equal(32.5m, rows["la-centrale"].GetProperty("costPerLead").GetDecimal());
        Assert.Equal(1, rows["salon-auto"].GetProperty("leads").GetInt32());
        Assert.Equal(12m, rows["salon-auto"].GetProperty("costPerLead").GetDecimal());
    }

    private async Task PutAsync(string token, string id, object body, int status) =>
        await Host.Scenario(s => { s.Put.Json(body).ToUrl($"/api/lead-sources/{Uri.EscapeDataString(id)}"); s.WithBearerToken(token); s.StatusCodeShouldBe(status); });
}
