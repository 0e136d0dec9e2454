using System.Text.Json;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.Sources;
using Leasing.Testing;
using Marten;
using Marten.Events;

namespace Leasing.Integration.Tests.Prospecting;

public sealed class LeadStatisticsTests(LeasingApp app) : IntegrationTest(app)
{
    /// <summary>
    /// November 2026, 1 000 leads in the seed's mix: 390 La Centrale, 390 Le Bon Coin, 80 manufacturer site, 140 others.
    /// The seed's 21 % conversion for the manufacturer site cannot be met exactly by 80 leads (16.8 sales): 17 sales
    /// give 21.25 %, which is the seed's 21 % at its whole-percent precision.
    /// </summary>
    [Fact]
    public async Task A_month_in_the_seed_mix_shows_the_seed_figures_per_source()
    {
        var mix = new (string Source, int Leads, int Won)[]
        {
            (SourceCatalogue.LaCentrale, 390, 20), (SourceCatalogue.LeBonCoin, 390, 12), (SourceCatalogue.ManufacturerUsedCarSite, 80, 17),
            (SourceCatalogue.OwnWebsite, 40, 4), (SourceCatalogue.Phone, 50, 5), (SourceCatalogue.WalkIn, 50, 10),
        };
        await using (var session = App.Store.LightweightSession())
        {
            var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
            var n = 0;
            foreach (var (source, leads, won) in mix)
                for (var i = 0; i < leads; i++, n++)
                {
                    var id = Guid.CreateVersion7();
                    var at = start.AddMinutes(37 * n);
                    var contact = new LeadContact(PartyKind.Person, "Client", $"N{n}", null, $"c{n}@example.fr", null);
                    var events = new List<object> { new LeadCaptured(id, new LeadIntake(source, IntakeRoute.Api, Guid.Empty, contact, LeadNeed.Unknown, LeadConsent.None), at) };
                    events.Add(new LeadAcknowledged(id, at.AddMinutes(i % 10 == 0 ? 45 : 10))); // one in ten taken late
                    if (i < won * 3) events.Add(new LeadQualified(id, LeadNeed.Unknown, at.AddHours(1)));
                    if (i < won * 2) events.Add(new OfferMade(id, Guid.NewGuid(), at.AddDays(1)));
                    if (i < won) events.Add(new LeadWon(id, null, null, at.AddDays(5)));
                    session.Events.StartStream<Lead>(id, events.ToArray());
                }
            await session.SaveChangesAsync();
        }
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60)); // the statistics are an async projection

        var manager = await App.TokenForAsync("salesmanager");
        var result = await Host.Scenario(s => { s.Get.Url("/api/leads/statistics?from=2026-11-01&to=2026-11-30"); s.WithBearerToken(manager); s.StatusCodeShouldBeOk(); });
        using var report = JsonDocument.Parse(await result.ReadAsTextAsync());
        JsonElement Row(string source) => report.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("sourceId").GetString() == source);

        Assert.Equal(1000, report.RootElement.GetProperty("total").GetProperty("leads").GetInt32());
        Assert.Equal(39.00m, Row(SourceCatalogue.LaCentrale).GetProperty("sharePercent").GetDecimal());
        Assert.Equal(39.00m, Row(SourceCatalogue.LeBonCoin).GetProperty("sharePercent").GetDecimal());
        var manufacturer = Row(SourceCatalogue.ManufacturerUsedCarSite);
        Assert.Equal(8.00m, manufacturer.GetProperty("sharePercent").GetDecimal());
        Assert.Equal(21m, Math.Round(manufacturer.GetProperty("contractConversionPercent").GetDecimal(), 0, MidpointRounding.AwayFromZero));
        Assert.Equal(90.00m, manufacturer.GetProperty("acknowledgedWithinSlaPercent").GetDecimal());
        Assert.Equal(SourceCatalogue.Seed.CostOf(SourceCatalogue.ManufacturerUsedCarSite) * 80m / 17m,
            manufacturer.GetProperty("costPerSale").GetDecimal(), 2);

        var csv = await Host.Scenario(s => { s.Get.Url("/api/leads/statistics?from=2026-11-01&to=2026-11-30&format=csv"); s.WithBearerToken(manager); s.StatusCodeShouldBeOk(); });
        var text = await csv.ReadAsTextAsync();
        Assert.Contains("La Centrale;390;39;", text);

        var xlsx = await Host.Scenario(s => { s.Get.Url("/api/leads/statistics?from=2026-11-01&to=2026-11-30&format=xlsx"); s.WithBearerToken(manager); s.StatusCodeShouldBeOk(); });
        using (var workbook = new System.IO.Compression.ZipArchive(xlsx.Context.Response.Body))
        {
            using var sheet = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            var xml = await sheet.ReadToEndAsync();
            Assert.Contains("La Centrale", xml);
            Assert.Contains("<v>390</v>", xml);
        }

        var advisor = await App.TokenForAsync("backoffice");
        await Host.Scenario(s => { s.Get.Url("/api/leads/statistics?from=2026-11-01&to=2026-11-30"); s.WithBearerToken(advisor); s.StatusCodeShouldBe(403); });
        await Host.Scenario(s => { s.Get.Url("/api/leads/statistics?from=2026-11-30&to=2026-11-01"); s.WithBearerToken(manager); s.StatusCodeShouldBe(400); });
    }
}
