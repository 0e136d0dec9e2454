using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Leasing.Testing;
using Leasing.Workflows.Definitions.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wolverine.Tracking;
using static Microsoft.Playwright.Assertions;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Browser.Tests;

/// <summary>The claims handler's day in Chromium: the inbox, a triage completed from the claim page, then a step recorded on it.</summary>
public sealed class ClaimsTests(AdminServer server) : BrowserTest(server)
{
    [Fact]
    public async Task A_handler_triages_a_claim_from_the_inbox_sees_it_move_to_the_expert_step_and_records_the_expert()
    {
        var number = await DeclareImmobilisedClaimAsync();
        var page = await Server.SignInAsync("claims");

        await page.ClickAsync("text=Corbeille sinistres");
        var row = page.Locator("#claims-inbox tr", new PageLocatorOptions { HasText = number });
        await Expect(row).ToContainTextAsync("1. Tri du sinistre : véhicule immobilisé");
        await Expect(row).ToContainTextAsync("AB-123-CD");
        await Expect(row).ToContainTextAsync("Immobilisé");
        await Expect(row.Locator(".claim-due")).ToContainTextAsync("Reste 15 min");

        await row.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(number);
        await Expect(page.Locator("#claim-where")).ToContainTextAsync("1. Tri du sinistre (véhicule immobilisé)");
        var triage = page.Locator("#task-triage-urgent");
        await triage.Locator("textarea[name='task-triage-urgent-notes']").FillAsync("Conducteur en sécurité, véhicule sur le bas-côté");
        await triage.Locator("button[data-outcome='Expertise']").ClickAsync();

        // The workflow moves on in the same transaction: the claim's next step is the expert's appointment.
        await Expect(page.Locator("#claim-where")).ToContainTextAsync("3. Missionner un expert");
        await Expect(page.Locator("#task-triage-urgent")).ToHaveCountAsync(0);
        await Expect(page.Locator("#task-task-expert")).ToBeVisibleAsync();

        // The triage decided in the task reaches the claim through the TriageClaim command.
        await Expect(page.Locator("#claim-stage")).ToHaveTextAsync("Trié");

        // A step recorded on the claim page.
        await page.ClickAsync("#action-AppointExpert");
        await page.FillAsync("#form-AppointExpert input[name='firm']", "BCA Expertise");
        await page.ClickAsync("#save-AppointExpert");
        await Expect(page.Locator("#claim-stage")).ToHaveTextAsync("Expert missionné");
        await Expect(page.Locator("#claim-timeline")).ToContainTextAsync("Expert missionné : BCA Expertise");
        // The workflow hears of it through the expert's event a moment later: the page follows without being reloaded.
        await Expect(page.Locator("#claim-where")).ToContainTextAsync("4. Rapport d'expertise");
        await Expect(page.Locator("#claim-timeline")).ToContainTextAsync("Tri : expertise directe, priorité Haute");
    }

    [Fact]
    public async Task A_field_left_out_of_a_step_is_named_on_the_claim_page_and_nothing_is_recorded()
    {
        var number = await DeclareImmobilisedClaimAsync();
        var page = await Server.SignInAsync("claims");
        await page.GotoAsync("/claims");
        await page.Locator("#claims-grid tr", new PageLocatorOptions { HasText = number }).ClickAsync();

        await page.ClickAsync("#action-DispatchAssistance");
        await page.ClickAsync("#save-DispatchAssistance");

        await Expect(page.Locator("#form-DispatchAssistance .claim-form-errors")).ToContainTextAsync("provider");
        await Expect(page.Locator("#claim-stage")).ToHaveTextAsync("Déclaré");
    }

    /// <summary>A delivered vehicle and a claim declared by the hotline through the API, with every message it sends handled.</summary>
    private async Task<string> DeclareImmobilisedClaimAsync()
    {
        Server.Services.GetRequiredService<DefinitionCatalog>().Clear();
        await Server.Services.GetRequiredService<DefinitionImporter>().ImportAsync(CancellationToken.None);
        var delivered = new ContractEvents.VehicleDelivered(Guid.CreateVersion7(), "CTR-2026-000042", Guid.CreateVersion7(), null, "LLD", "Business",
            "Transports Durand SARL", "DEMO-FLEET-001", "AB-123-CD", null, "Peugeot", "308", null, 12, new DateOnly(2026, 1, 15), new DateOnly(2029, 1, 14),
            36, 20000, 60000, "Paul Durand", "+33612345678", null, true, "B", 10, true, "AllRisks", 300m, true, true, true, 4, false, [], null,
            new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero));
        await Server.Services.TrackActivity().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(context => context.PublishAsync(delivered).AsTask()));

        using var http = new HttpClient { BaseAddress = new Uri(Server.BaseUrl) };
        var token = await http.PostAsJsonAsync("/api/auth/token", new { userName = "claims", password = TestHostSettings.Password });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        JsonElement declared = default;
        await Server.Services.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
        {
            var response = await http.PostAsJsonAsync("/api/claims", new
            {
                registration = "AB-123-CD", kind = "SingleVehicle", occurredAt = TestClock.Start.AddMinutes(-30), place = "A86, sortie Créteil",
                circumstances = "Perte de contrôle sur chaussée mouillée, choc contre la glissière.", drivable = false, injuries = false,
            });
            response.EnsureSuccessStatusCode();
            declared = await response.Content.ReadFromJsonAsync<JsonElement>();
        }));
        return declared.GetProperty("number").GetString()!;
    }
}
