using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Leasing.Testing;
using Marten;
using Marten.Events;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leasing.Browser.Tests;

public sealed class ProspectingTests(AdminServer server) : BrowserTest(server)
{
    [Fact]
    public async Task An_advisor_sees_the_SLA_countdown_turn_red_and_acknowledges_the_lead()
    {
        await CaptureLeadAsync();
        var page = await Server.SignInAsync("backoffice");
        await page.ClickAsync("text=Leads");
        var row = page.Locator("#leads-grid tr", new PageLocatorOptions { HasText = "Durand" });
        await Expect(row.Locator(".sla-badge")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("sla-ontime"));
        await Expect(row).ToContainTextAsync("Reste 20 min");

        Server.Clock.Advance(TimeSpan.FromMinutes(25));
        await page.ReloadAsync();
        await Expect(row.Locator(".sla-badge")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("sla-breached"));
        await Expect(row).ToContainTextAsync("Dépassé de 5 min");

        await row.ClickAsync();
        await page.ClickAsync("#acknowledge-lead");
        await Expect(page.Locator("#lead-status")).ToHaveTextAsync("Pris en charge");
        await Expect(page.Locator("#lead-timeline")).ToContainTextAsync("lead_acknowledged");
    }

    [Fact]
    public async Task The_sales_manager_reads_the_statistics_per_source_with_charts()
    {
        await CaptureLeadAsync();
        await Server.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60)); // the statistics are an async projection
        var page = await Server.SignInAsync("salesmanager");
        await page.ClickAsync("text=Pilotage");
        await Expect(page.Locator("#source-statistics")).ToContainTextAsync("La Centrale");
        await Expect(page.Locator("#source-statistics tr", new PageLocatorOptions { HasText = "La Centrale" })).ToContainTextAsync("100");
        await Expect(page.Locator("svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("#advisor-activity")).ToContainTextAsync("Julie Moreau");
        await Expect(page.Locator("#untreated-alerts")).ToContainTextAsync("(0)");

        Server.Clock.Advance(TimeSpan.FromMinutes(30)); // not taken within 20 minutes: an alert for the sales manager
        await page.ReloadAsync();
        await Expect(page.Locator("#untreated-alerts")).ToContainTextAsync("Paul Durand");
    }

    [Fact]
    public async Task The_sales_manager_opens_a_point_of_sale_with_its_calendar_and_advisors_in_the_admin()
    {
        var page = await Server.SignInAsync("salesmanager");
        await page.ClickAsync("text=Sources et points de vente");
        var editor = page.Locator("#point-of-sale-editor");
        await editor.Locator("#pos-code").FillAsync("PARIS-15");
        await editor.Locator("#pos-name").FillAsync("Concession Paris 15");
        await editor.Locator("#pos-advisors").FillAsync("Julie Moreau ; backoffice\nMarc Petit ; salesmanager");
        await editor.Locator("#opens-Monday").FillAsync("25:00"); // Monday opens at an hour that does not exist
        await page.ClickAsync("#save-point-of-sale");
        await Expect(editor).ToContainTextAsync("opening[0].opens");

        await editor.Locator("#opens-Monday").FillAsync("08:30");
        await editor.Locator("#add-interval-Tuesday").ClickAsync(); // a lunch break: 09:00-12:00 and 14:00-19:00
        await editor.Locator("#opens-Tuesday-2").FillAsync("13:30");
        await page.ClickAsync("#save-point-of-sale");
        await Expect(page.Locator("#points-of-sale")).ToContainTextAsync("PARIS-15 — Concession Paris 15");
        await Expect(page.Locator("#points-of-sale")).ToContainTextAsync("Monday 08:30-19:00");
        await Expect(page.Locator("#points-of-sale")).ToContainTextAsync("Tuesday 09:00-12:00, 13:30-19:00");
        await Expect(page.Locator("#points-of-sale")).ToContainTextAsync("Julie Moreau, Marc Petit");

        // Editing it again keeps both intervals of Tuesday (nothing is merged into one).
        await page.ClickAsync("#points-of-sale >> text=Modifier");
        await Expect(editor.Locator("#opens-Tuesday-2")).ToHaveValueAsync("13:30");
        await editor.Locator("#remove-interval-Tuesday-2").ClickAsync();
        await editor.Locator("#closes-Tuesday").FillAsync("18:00");
        await page.ClickAsync("#save-point-of-sale");
        await Expect(page.Locator("#points-of-sale")).ToContainTextAsync("Tuesday 09:00-18:00");
    }

    [Fact]
    public async Task An_advisor_attaches_a_simulation_from_the_simulator_and_finds_it_on_the_lead()
    {
        await CaptureLeadAsync();
        var page = await Server.SignInAsync("backoffice");
        await page.ClickAsync("text=Leads");
        await page.Locator("#leads-grid tr", new PageLocatorOptions { HasText = "Durand" }).ClickAsync();
        await page.ClickAsync("text=Simuler pour ce lead");

        await Expect(page.Locator("#monthly-total")).ToHaveTextAsync("469,06 €");
        await Expect(page.Locator("#attach-lead")).ToContainTextAsync("Paul Durand");
        await page.FillAsync("#attach-vehicle", "Peugeot 308");
        await page.ClickAsync("#attach-submit");
        await Expect(page.Locator(".rz-notification")).ToContainTextAsync("Enregistré");

        await page.GoBackAsync();
        await page.ReloadAsync();
        var simulations = page.Locator("#lead-simulations");
        await Expect(simulations).ToContainTextAsync("Peugeot 308");
        await Expect(simulations).ToContainTextAsync("469,06 €");
    }

    /// <summary>A point of sale and one lead, through the HTTP API as a partner system would send them.</summary>
    private async Task CaptureLeadAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Server.BaseUrl) };
        async Task<string> TokenAsync(string user)
        {
            var response = await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = TestHostSettings.Password });
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync("salesmanager"));
        (await http.PostAsJsonAsync("/api/points-of-sale", new
        {
            code = "LYON-1", name = "Concession Lyon",
            opening = Enumerable.Range(0, 7).Select(d => new { day = ((DayOfWeek)d).ToString(), opens = "00:00", closes = "00:00" }).ToArray(),
            advisors = new object[] { new { name = "Julie Moreau", userName = "backoffice" } },
        })).EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync("backoffice"));
        (await http.PostAsJsonAsync("/api/leads", new Dictionary<string, object>
        {
            ["firstName"] = "Paul", ["lastName"] = "Durand", ["email"] = "paul.durand@example.fr", ["source"] = "La Centrale", ["pointOfSale"] = "LYON-1",
        })).EnsureSuccessStatusCode();
    }
}
