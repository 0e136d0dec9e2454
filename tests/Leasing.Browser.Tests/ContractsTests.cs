using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Features.Opening;
using Leasing.Offers.IntegrationEvents;
using Leasing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wolverine;
using static Microsoft.Playwright.Assertions;

namespace Leasing.Browser.Tests;

public sealed class ContractsTests(AdminServer server) : BrowserTest(server)
{
    [Fact]
    public async Task The_return_inspection_form_prices_each_damage_by_the_grid_and_keeps_a_running_total_in_euros()
    {
        var id = await ActiveLldAsync(); // 23/11/2026 – 22/11/2029, 36 000 km allowed, 0,06 € TTC a km beyond, return fee 150 € HT

        // November 2029's billing run catches the contract up: 23–30/11/2026 prorated, 35 whole months, 1–22/11/2029 prorated.
        Server.Clock.Set(new DateTimeOffset(2029, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var billing = await Server.SignInAsync("backoffice");
        await billing.GotoAsync("/contracts/billing");
        await billing.ClickAsync("#start-billing");
        await Expect(billing.Locator("#run-issued")).ToHaveTextAsync("37");
        await Expect(billing.Locator("#billing-progress")).ToContainTextAsync("100");

        Server.Clock.Set(new DateTimeOffset(2029, 11, 20, 9, 0, 0, TimeSpan.Zero));
        var page = await Server.SignInAsync("backoffice");
        await page.GotoAsync($"/contracts/{id}/return");
        await Expect(page.Locator("#total-rent")).ToHaveTextAsync(Euro("0,00")); // everything is billed; the 21st and 22nd are credited
        await Expect(page.Locator("#running-total")).ToHaveTextAsync(Euro("150,00")); // the return fee alone

        await page.Locator("#return-odometer input").FillAsync("40012");
        await page.Locator("#return-odometer input").PressAsync("Tab");
        // 40 000 km driven for 36 000: 4 000 × 0,06 € TTC = 240 € TTC, 200 € HT.
        await Expect(page.Locator("#total-excess")).ToHaveTextAsync(Euro("200,00"));
        await Expect(page.Locator("#running-total")).ToHaveTextAsync(Euro("350,00"));

        await page.ClickAsync("#add-damage");
        var bumper = page.Locator("tr.damage-row").Nth(0);
        await bumper.Locator("select.damage-zone").SelectOptionAsync("FrontBumper");
        await bumper.Locator("select.damage-type").SelectOptionAsync("Scratch");
        await bumper.Locator(".damage-size input").FillAsync("45");
        await bumper.Locator(".damage-size input").PressAsync("Tab");
        await Expect(bumper.Locator(".damage-price")).ToHaveTextAsync(Euro("150,00")); // a scratch over 30 mm on the bumper
        await Expect(page.Locator("#running-total")).ToHaveTextAsync(Euro("500,00"));
        await Expect(page.Locator("#running-total-ttc")).ToHaveTextAsync(Euro("600,00"));

        await page.ClickAsync("#add-damage");
        var door = page.Locator("tr.damage-row").Nth(1);
        await door.Locator("select.damage-zone").SelectOptionAsync("RearLeftDoor");
        await door.Locator(".damage-size input").FillAsync("20");
        await door.Locator(".damage-size input").PressAsync("Tab");
        await Expect(door.Locator(".damage-reason")).ToContainTextAsync("seuil 30 mm"); // 20 mm: under the threshold, not charged
        await Expect(page.Locator("#running-total")).ToHaveTextAsync(Euro("500,00"));

        // A line the customer contests leaves the total until it is decided.
        await bumper.Locator(".damage-contested").ClickAsync();
        await Expect(page.Locator("#total-contested")).ToHaveTextAsync(Euro("150,00"));
        await Expect(page.Locator("#running-total")).ToHaveTextAsync(Euro("350,00"));
        await bumper.Locator(".damage-contested").ClickAsync();
        await Expect(page.Locator("#running-total")).ToHaveTextAsync(Euro("500,00"));

        await page.Locator("#inspector").FillAsync("Luc Bernard");
        await page.Locator("#customer-signatory").FillAsync("Claire Martin");
        await page.ClickAsync("label[for=acknowledged]");
        await page.ClickAsync("#record-return");

        // Back on the contract page: its timeline, schedule, invoices and mileage.
        await Expect(page.Locator("h1 .contract-status")).ToHaveTextAsync("Restitué");
        await Expect(page.Locator("#contract-timeline")).ToContainTextAsync("Restitution le 20/11/2029 à 40012 km");
        await page.ClickAsync("text=Échéancier");
        await Expect(page.Locator("#contract-schedule")).ToContainTextAsync("23/11/2026");
        await page.ClickAsync("text=Factures et paiements");
        await Expect(page.Locator("#contract-invoices")).ToContainTextAsync("Facture de fin de contrat");
        await page.ClickAsync("text=Kilométrage");
        await Expect(page.Locator("#mileage-chart svg").First).ToBeVisibleAsync();
        await using var session = Server.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var final = await session.Query<Invoice>().SingleAsync(i => i.ContractId == id && i.Kind == InvoiceKind.Final);
        Assert.Equal(new VatAmounts(500m, 100m, 600m), final.Total);
    }

    private static System.Text.RegularExpressions.Regex Euro(string amount) => new($"^{System.Text.RegularExpressions.Regex.Escape(amount)}\\s€$");

    /// <summary>An individual's LLD taken through the API from the accepted offer to delivery, on the test clock's first day.</summary>
    private async Task<Guid> ActiveLldAsync()
    {
        var terms = new ContractPricingTerms("LLD", "Individual", 24_800m, 0m, 36, 12_000, 12_800m, 6m, 1m, "Arrears", 0.04m, 0m, 0.06m);
        var price = ContractPricing.Price(terms);
        var quoteId = Guid.CreateVersion7();
        await using var scope = Server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new Leasing.Offers.IntegrationEvents.QuoteAccepted(quoteId, "DEV-2026-000001",
            null, new AcceptedCustomer("Claire Martin", "Individual", "claire@example.fr", "06 12 34 56 78", null),
            new AcceptedVehicle("Peugeot", "308", "1.2 PureTech 130", "Essence", 125),
            new AcceptedTerms("LLD", 36, 12_000, 24_800m, 0m, 12_800m, 6m, 1m, "Arrears", 0.04m, 0m, 0.06m),
            new AcceptedAmounts(price.QuotedBasis, price.MonthlyRentExcludingVat, price.MonthlyServicesExcludingVat, price.MonthlyTotalExcludingVat,
                price.MonthlyRentIncludingVat, price.MonthlyServicesIncludingVat, price.MonthlyTotalIncludingVat, price.AmountFinanced, 36, null),
            "backoffice", Server.Clock.GetUtcNow()));
        var id = QuoteAcceptedHandler.ContractIdFor(quoteId);

        using var api = new HttpClient { BaseAddress = new Uri(Server.BaseUrl) };
        await PutAsync(api, id, "billing-details", new()
        {
            ["addressLine"] = "12 rue de la République", ["postalCode"] = "69002", ["city"] = "Lyon", ["iban"] = "FR7630006000011234567890189",
            ["mandateReference"] = "RUM-0001", ["mandateSignedOn"] = "2026-11-20",
        });
        foreach (var kind in new[] { "Identity", "ProofOfAddress", "ProofOfIncome", "BankDetails" })
            await CommandAsync(api, "backoffice", id, "documents", new() { ["kind"] = kind, ["reference"] = $"{kind}.pdf" });
        await CommandAsync(api, "backoffice", id, "finances", new() { ["monthlyNetIncome"] = 3_000m, ["monthlyCharges"] = 400m });
        await CommandAsync(api, "credit", id, "financing-decision", new() { ["decision"] = "Approved" });
        await CommandAsync(api, "backoffice", id, "signature", new() { ["signerName"] = "Claire Martin", ["channel"] = "InPerson" });
        await CommandAsync(api, "backoffice", id, "order", new() { ["supplier"] = "Peugeot Lyon", ["orderReference"] = "CMD-1", ["expectedDeliveryOn"] = "2026-11-23" });
        await CommandAsync(api, "backoffice", id, "preparation", new() { ["registration"] = "GH-123-JK" });
        await CommandAsync(api, "backoffice", id, "delivery", new()
        {
            ["odometerKm"] = 12,
            ["checklist"] = new { hotlineCardHandedOver = true, userGuideHandedOver = true, keysHandedOver = 2, registrationCertificateHandedOver = true },
            ["photos"] = new[] { new { fileName = "livraison.jpg", contentType = "image/jpeg", contentBase64 = Convert.ToBase64String([0xFF, 0xD8, 0xFF, 1]) } },
        });
        return id;
    }

    private Task PutAsync(HttpClient api, Guid id, string path, Dictionary<string, object?> body) => SendAsync(api, HttpMethod.Put, "backoffice", id, path, body);

    private Task CommandAsync(HttpClient api, string user, Guid id, string path, Dictionary<string, object?> body) => SendAsync(api, HttpMethod.Post, user, id, path, body);

    private async Task SendAsync(HttpClient api, HttpMethod method, string user, Guid id, string path, Dictionary<string, object?> body)
    {
        var token = await TokenAsync(api, user);
        await using (var session = Server.Services.GetRequiredService<IDocumentStore>().QuerySession())
            body["expectedVersion"] = (await session.LoadAsync<Contract>(id))!.Version;
        using var request = new HttpRequestMessage(method, $"/api/contracts/{id}/{path}") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await api.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<string> TokenAsync(HttpClient api, string user)
    {
        using var response = await api.PostAsJsonAsync("/api/auth/token", new { userName = user, password = TestHostSettings.Password });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString()!;
    }
}
