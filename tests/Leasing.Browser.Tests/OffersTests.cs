using Leasing.Offers.Domain.Quotes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leasing.Browser.Tests;

public sealed class OffersTests(AdminServer server) : BrowserTest(server)
{
    [Fact]
    public async Task The_simulator_prices_the_seed_example_and_recalculates_live_when_the_term_changes()
    {
        var page = await Server.SignInAsync("backoffice");
        await page.ClickAsync("text=Simulateur");

        // The simulator opens on the pricing seed: 24 800 €, 36 months, 6 %, 12 000 km a year, 0.04 €/km.
        await Expect(page.Locator("#monthly-rent")).ToHaveTextAsync(Euro("429,06"));
        await Expect(page.Locator("#monthly-total")).ToHaveTextAsync(Euro("469,06"));
        await Expect(page.Locator("#amount-financed")).ToHaveTextAsync(Euro("12 000,00"));
        await Expect(page.Locator("#option-price")).ToHaveTextAsync(Euro("12 800,00"));
        await Expect(page.Locator("#balance-chart svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("#comparison")).ToContainTextAsync("Crédit");

        var term = page.Locator("#term-months input");
        await term.FillAsync("48");
        await term.PressAsync("Tab");
        await Expect(page.Locator("#term-label")).ToHaveTextAsync("48 mois");
        await Expect(page.Locator("#payments")).ToHaveTextAsync("48");
        await Expect(page.Locator("#monthly-rent")).Not.ToHaveTextAsync(Euro("429,06"));

        // The seed reader's question: which rate gives 429,06 € over 36 months?
        await term.FillAsync("36");
        await term.PressAsync("Tab");
        await page.ClickAsync("#solve-rate");
        await Expect(page.Locator("#implied-rate-result")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(5,99|6,00)\d\d %$"));
    }

    [Fact]
    public async Task An_advisor_creates_a_quote_sends_it_and_records_the_acceptance()
    {
        var page = await Server.SignInAsync("backoffice");
        await page.GotoAsync("/offers/quotes/new");
        await page.Locator("#quote-customer").GetByLabel("Nom").FillAsync("Claire Martin");
        await page.Locator("#quote-vehicle").GetByLabel("Marque").FillAsync("Peugeot");
        await page.Locator("#quote-vehicle").GetByLabel("Modèle").FillAsync("308");
        await page.ClickAsync("#create-quote");

        await Expect(page.Locator("#quote-rounds")).ToContainTextAsync(Amount("469,06"));
        await page.ClickAsync("#send-quote");
        await Expect(page.Locator("h1 .quote-status")).ToHaveTextAsync("Envoyé");
        await page.ClickAsync("#accept-quote");
        await Expect(page.Locator("h1 .quote-status")).ToHaveTextAsync("Accepté");

        await page.ClickAsync("text=Devis");
        await Expect(page.Locator("#quotes-grid")).ToContainTextAsync("Claire Martin");
        await using var session = Server.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var quote = await session.Query<Quote>().SingleAsync();
        Assert.Equal(QuoteStatus.Accepted, quote.Status);
    }

    [Fact]
    public async Task A_sales_manager_imports_the_residual_value_table_and_sees_bad_rows_named()
    {
        var page = await Server.SignInAsync("salesmanager");
        await page.GotoAsync("/offers/residual-values");
        // Blazor hooks the file input after its first render; a file chosen before that would go unnoticed.
        await page.WaitForFunctionAsync("() => document.getElementById('csv-file')?._blazorInputFileNextFileId !== undefined");
        await page.SetInputFilesAsync("#csv-file", new FilePayload
        {
            Name = "grille.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("segment;termMonths;annualMileageKm;percent\nC;36;10000;54\nC;36;20000;48\n"),
        });
        await Expect(page.Locator("table.residual-table[data-segment=C]")).ToBeVisibleAsync();
        await Expect(page.Locator("table.residual-table[data-segment=C] thead")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"20\s000"));

        await page.SetInputFilesAsync("#csv-file", new FilePayload
        {
            Name = "faux.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("segment;termMonths;annualMileageKm;percent\nC;36;10000;140\n"),
        });
        await Expect(page.Locator("#import-errors")).ToContainTextAsync("rows[2].percent");
    }

    /// <summary>fr-FR amounts use no-break spaces (thousands and before €): match any space.</summary>
    private static System.Text.RegularExpressions.Regex Euro(string amount) => new("^" + Amount(amount) + "$");

    private static System.Text.RegularExpressions.Regex Amount(string amount) => new(amount.Replace(" ", @"\s") + @"\s€");
}
