using System.Text.Json;
using Leasing.Offers.Domain.Quotes;
using Leasing.Offers.Features.Quotes;
using Leasing.Testing;
using Marten;

namespace Leasing.Integration.Tests.Offers;

public sealed class ResidualValueTests(LeasingApp app) : IntegrationTest(app)
{
    private const string Table = """
        segment;termMonths;annualMileageKm;percent
        C;36;10000;54
        C;36;20000;48
        C;48;10000;46
        C;48;20000;40
        SUV-C;36;15000;55,5
        """;

    [Fact]
    public async Task A_sales_manager_imports_the_table_as_CSV_and_exports_it_back()
    {
        var manager = await App.TokenForAsync("salesmanager");
        await PostAsync(manager, "/api/residual-values/import", new { csv = Table, source = "grille-2026.csv", expectedVersion = 0 }, 200);

        var table = await GetJsonAsync(manager, "/api/residual-values");
        Assert.Equal(5, table.RootElement.GetProperty("rates").GetArrayLength());

        var export = await Host.Scenario(s => { s.Get.Url("/api/residual-values/export"); s.WithBearerToken(manager); s.StatusCodeShouldBeOk(); });
        var csv = await export.ReadAsTextAsync();
        Assert.StartsWith("segment;termMonths;annualMileageKm;percent", csv);
        Assert.Contains("SUV-C;36;15000;55,5", csv);
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_naming_each_row_and_nothing_is_stored()
    {
        var manager = await App.TokenForAsync("salesmanager");
        var before = await EventCountAsync();
        var problem = await PostAsync(manager, "/api/residual-values/import", new
        {
            csv = "segment;termMonths;annualMileageKm;percent\nC;36;10000;54\nC;240;10000;54\nC;36;10000;140\nC;36;10000;54\n",
            expectedVersion = 0,
        }, 400);
        using var json = JsonDocument.Parse(problem);
        var fields = json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["rows[3].termMonths", "rows[4].percent", "rows[5].row"], fields.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task A_back_office_user_reads_but_cannot_change_the_table_and_a_stale_edit_is_a_409()
    {
        var advisor = await App.TokenForAsync("backoffice");
        await PostAsync(advisor, "/api/residual-values/import", new { csv = Table, expectedVersion = 0 }, 403);
        var manager = await App.TokenForAsync("salesmanager");
        await PostAsync(manager, "/api/residual-values/import", new { csv = Table, expectedVersion = 0 }, 200);
        await Host.Scenario(s =>
        {
            s.Put.Json(new { segment = "C", termMonths = 36, annualMileageKm = 10000, percent = 55, expectedVersion = 1 }).ToUrl("/api/residual-values/rates");
            s.WithBearerToken(manager);
            s.StatusCodeShouldBeOk();
        });
        await Host.Scenario(s =>
        {
            s.Put.Json(new { segment = "C", termMonths = 36, annualMileageKm = 10000, percent = 56, expectedVersion = 1 }).ToUrl("/api/residual-values/rates");
            s.WithBearerToken(manager);
            s.StatusCodeShouldBe(409);
        });
    }

    [Fact]
    public async Task A_quote_without_residual_value_takes_it_from_the_table_interpolated_between_grid_points()
    {
        var manager = await App.TokenForAsync("salesmanager");
        await PostAsync(manager, "/api/residual-values/import", new { csv = Table, expectedVersion = 0 }, 200);
        var advisor = await App.TokenForAsync("backoffice");

        var created = await Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                customer = new { name = "Hugo Bernard", type = "Individual" },
                vehicle = new { make = "Renault", model = "Mégane", segment = "C" },
                terms = new { product = "LLD", cataloguePrice = 30000, optionsPrice = 1000, termMonths = 42, annualMileageKm = 15000, annualRatePercent = 5 },
            }).ToUrl("/api/quotes");
            s.WithBearerToken(advisor);
            s.StatusCodeShouldBe(201);
        });
        var id = (await created.ReadAsJsonAsync<QuoteWritten>())!.Id;
        await using var session = App.Store.QuerySession();
        var quote = (await session.LoadAsync<Quote>(id))!;
        // 42 months is halfway between 36 and 48, 15 000 km halfway between 10 000 and 20 000: (54+48+46+40)/4 = 47 %.
        Assert.Equal(31000m * 0.47m, quote.CurrentRound.Terms.ResidualValue);

        var outside = await PostAsync(advisor, "/api/quotes", new
        {
            customer = new { name = "Hugo Bernard", type = "Individual" },
            vehicle = new { make = "Renault", model = "Mégane", segment = "C" },
            terms = new { product = "LLD", cataloguePrice = 30000, termMonths = 60, annualMileageKm = 15000, annualRatePercent = 5 },
        }, 400);
        Assert.Contains("terms.residualValue", outside);
    }

    private async Task<string> PostAsync(string token, string url, object body, int status)
    {
        var result = await Host.Scenario(s => { s.Post.Json(body).ToUrl(url); s.WithBearerToken(token); s.StatusCodeShouldBe(status); });
        return await result.ReadAsTextAsync();
    }

    private async Task<JsonDocument> GetJsonAsync(string token, string url)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.WithBearerToken(token); s.StatusCodeShouldBeOk(); });
        return JsonDocument.Parse(await result.ReadAsTextAsync());
    }
}
