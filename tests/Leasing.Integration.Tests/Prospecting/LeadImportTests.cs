using System.Text;
using System.Text.Json;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Testing;
using Marten;

namespace Leasing.Integration.Tests.Prospecting;

public sealed class LeadImportTests(LeasingApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_CSV_batch_imports_its_good_rows_and_lists_each_bad_row_with_its_reason()
    {
        var token = await SetUpAsync();
        var csv = new StringBuilder("prénom;nom;e-mail;téléphone;source;pointOfSale;financing\n");
        var bad = new HashSet<int>();
        for (var i = 0; i < 1000; i++)
        {
            var line = i + 2; // the header is line 1, as a spreadsheet numbers them
            if (i % 97 == 13) { bad.Add(line); csv.Append($"Jean;Martin{i};pas-un-email;;La Centrale;LYON-1;LOA\n"); }
            else if (i % 89 == 7) { bad.Add(line); csv.Append($"Jean;Martin{i};j{i}@example.fr;;Pigeon;LYON-1;LOA\n"); }
            else csv.Append($"Jean;Martin{i};j{i}@example.fr;06{i:00000000};{(i % 2 == 0 ? "La Centrale" : "leboncoin.fr")};LYON-1;LOA\n");
        }
        // The same person twice in one file (same phone, another e-mail): one lead, the second row merged into it.
        csv.Append("Jean;Martin0bis;autre@example.fr;0600000000;Le Bon Coin;LYON-1;LOA\n");

        var result = await Host.Scenario(s =>
        {
            s.Post.Text(csv.ToString()).ToUrl("/api/leads/import");
            s.WithRequestHeader("Content-Type", "text/csv");
            s.WithBearerToken(token);
            s.StatusCodeShouldBeOk();
        });
        using var report = JsonDocument.Parse(await result.ReadAsTextAsync());
        var root = report.RootElement;
        Assert.Equal(1001, root.GetProperty("rows").GetInt32());
        Assert.Equal(1000 - bad.Count, root.GetProperty("captured").GetInt32());
        Assert.Equal(1, root.GetProperty("merged").GetInt32());
        var rejected = root.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal(bad.Order(), rejected.Select(r => r.GetProperty("row").GetInt32()));
        Assert.Contains(rejected, r => r.GetProperty("reasons").TryGetProperty("email", out _));
        Assert.Contains(rejected, r => r.GetProperty("reasons").TryGetProperty("source", out _));

        await using var session = App.Store.QuerySession();
        Assert.Equal(1000 - bad.Count, await session.Query<Lead>().CountAsync());
        Assert.Equal(IntakeRoute.CsvImport, (await session.Query<Lead>().FirstAsync()).Route);
    }

    [Fact]
    public async Task An_ADF_feed_from_a_listing_site_becomes_leads()
    {
        var token = await SetUpAsync();
        const string adf = """
            <?xml version="1.0"?>
            <adf>
              <prospect>
                <id source="lacentrale.fr">LC-9001</id>
                <requestdate>2026-11-23T10:00:00+01:00</requestdate>
                <vehicle interest="buy" status="used"><year>2022</year><make>Renault</make><model>Clio</model></vehicle>
                <customer><contact><name part="first">Léa</name><name part="last">Roux</name><email>lea.roux@example.fr</email><phone>0611223344</phone></contact></customer>
                <vendor><vendorname>LYON-1</vendorname></vendor>
                <provider><name part="full">La Centrale</name></provider>
              </prospect>
            </adf>
            """;
        var result = await Host.Scenario(s =>
        {
            s.Post.Text(adf).ToUrl("/api/leads/import");
            s.WithRequestHeader("Content-Type", "application/xml");
            s.WithBearerToken(token);
            s.StatusCodeShouldBeOk();
        });
        Assert.Contains("\"captured\":1", await result.ReadAsTextAsync());
        await using var session = App.Store.QuerySession();
        var lead = await session.Query<Lead>().SingleAsync();
        Assert.Equal("la-centrale", lead.SourceId);
        Assert.Equal("Clio", lead.Need.Vehicle!.Model);
        Assert.Equal(IntakeRoute.AdfXml, lead.Route);
    }

    private async Task<string> SetUpAsync()
    {
        var manager = await App.TokenForAsync("salesmanager");
        await Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                code = "LYON-1", name = "Concession Lyon",
                opening = Enumerable.Range(1, 6).Select(d => new { day = ((DayOfWeek)d).ToString(), opens = "09:00", closes = "19:00" }).ToArray(),
                advisors = new object[] { new { name = "Julie Moreau", userName = "backoffice" } },
            }).ToUrl("/api/points-of-sale");
            s.WithBearerToken(manager);
            s.StatusCodeShouldBe(201);
        });
        return await App.TokenForAsync("backoffice");
    }
}
