using System.Text;
using System.Text.Json;
using Leasing.Kernel.EventSourcing;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Features;
using Leasing.Testing;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;
using ProspectingEvents = Leasing.Prospecting.IntegrationEvents;

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

        // Chunks of 250 rows: the import is several transactions, and the duplicate is four chunks after its lead.
        using var report = JsonDocument.Parse(await WithChunkSize(250, () => ImportAsync(token, csv.ToString())));
        var root = report.RootElement;
        Assert.Equal(1001, root.GetProperty("rows").GetInt32());
        Assert.Equal(bad.Count, root.GetProperty("rejectedCount").GetInt32());
        Assert.Equal(1000 - bad.Count, root.GetProperty("captured").GetInt32());
        Assert.Equal(1, root.GetProperty("merged").GetInt32());
        var rejected = root.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal(bad.Order(), rejected.Select(r => r.GetProperty("row").GetInt32()));
        Assert.Contains(rejected, r => r.GetProperty("reasons").TryGetProperty("email", out _));
        Assert.Contains(rejected, r => r.GetProperty("reasons").TryGetProperty("source", out _));

        await using var session = App.Store.QuerySession();
        Assert.Equal(1000 - bad.Count, await session.Query<Lead>().CountAsync());
        Assert.Equal(IntakeRoute.CsvImport, (await session.Query<Lead>().FirstAsync()).Route);
        var merged = await session.Query<Lead>().SingleAsync(l => l.Contact.Phone == "+33600000000");
        Assert.Equal("autre@example.fr", Assert.Single(merged.Merges).Duplicate.Contact.Email);
        Assert.Equal(3, merged.Version); // captured, assigned, merged
    }

    [Fact]
    public async Task An_import_by_chunks_merges_a_persons_rows_whichever_chunk_they_are_in_and_carries_the_round_robin_on()
    {
        var token = await SetUpAsync(advisors: 2);
        // Xavier came in through the API before the import: the last advisor served is his.
        var xavier = await PostLeadAsync(token, "Xavier", "xavier@example.fr", "0611111111");
        var csv = """
            prénom;nom;e-mail;téléphone;source;pointOfSale
            Anne;Arnaud;anne@example.fr;0622222222;La Centrale;LYON-1
            Bruno;Blanc;bruno@example.fr;0633333333;La Centrale;LYON-1
            Xavier;Xavier;xavier.pro@example.fr;0611111111;Le Bon Coin;LYON-1
            Anne;Arnaud;anne.arnaud@example.fr;0622222222;Le Bon Coin;LYON-1
            Chloé;Carré;chloe@example.fr;0644444444;La Centrale;LYON-1
            Anne;Arnaud;anne.arnaud@example.fr;;Le Bon Coin;LYON-1
            Denis;Dupré;denis@example.fr;0655555555;La Centrale;LYON-1
            """;
        // Chunks of three rows: Anne's second row may be decided while her first chunk is still being written, her third
        // row matches only the e-mail her second row brought, and Xavier's row folds into his stored lead.
        var tracked = await Host.TrackActivity().Timeout(TimeSpan.FromMinutes(1)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
        {
            using var report = JsonDocument.Parse(await WithChunkSize(3, () => ImportAsync(token, csv)));
            Assert.Equal(4, report.RootElement.GetProperty("captured").GetInt32());
            Assert.Equal(3, report.RootElement.GetProperty("merged").GetInt32());
        }));

        await using var session = App.Store.QuerySession();
        var leads = (await session.Query<Lead>().ToListAsync()).OrderBy(l => l.Id).ToList(); // version 7 ids: capture order
        Assert.Equal(["Xavier", "Arnaud", "Blanc", "Carré", "Dupré"], leads.Select(l => l.Contact.LastName).ToArray());
        var anne = leads[1];
        Assert.Equal(2, anne.Merges.Count);
        Assert.Equal(4, anne.Version);
        Assert.Equal(new[] { "Anne" }, (await session.Events.FetchStreamAsync(anne.Id)).Select(e => e.Data).OfType<LeadCaptured>().Select(c => c.Intake.Contact.FirstName));
        Assert.Equal("xavier.pro@example.fr", Assert.Single((await session.LoadAsync<Lead>(xavier))!.Merges).Duplicate.Contact.Email);
        // Two advisors in turn, from the lead before the import on.
        for (var i = 1; i < leads.Count; i++) Assert.NotEqual(leads[i - 1].AdvisorId, leads[i].AdvisorId);

        // One timer per chunk and kind for the point of sale, naming that chunk's new leads; one announcement per chunk naming its new leads.
        var timers = tracked.Scheduled.MessagesOf<CheckImportedLeadsSla>().ToList();
        var acknowledgements = timers.Where(t => t.Kind == SlaKind.Acknowledgement).ToList();
        Assert.Equal(3, acknowledgements.Count);
        Assert.Equal(leads.Skip(1).Select(l => l.Id).Order(), acknowledgements.SelectMany(t => t.LeadIds).Order());
        Assert.All(acknowledgements, t => Assert.Equal(TestClock.Start.AddMinutes(20), t.DueAt));
        Assert.Equal(3, timers.Count(t => t.Kind == SlaKind.Qualification));
        Assert.Equal(leads.Skip(1).Select(l => l.Id).Order(), tracked.Sent.MessagesOf<ProspectingEvents.LeadsCaptured>().SelectMany(b => b.Leads).Select(e => e.LeadId).Order());

        // When due, the first chunk's timer checks each of its leads: nobody took them, both breach.
        App.Clock.Advance(TimeSpan.FromMinutes(21));
        var first = acknowledgements.OrderBy(t => t.LeadIds.Count).First(t => t.LeadIds.Contains(anne.Id));
        await Host.InvokeMessageAndWaitAsync(first);
        foreach (var id in first.LeadIds)
            Assert.Equal([SlaKind.Acknowledgement], (await session.LoadAsync<Lead>(id))!.SlaBreaches.ToArray());
        Assert.Empty((await session.LoadAsync<Lead>(leads[^1].Id))!.SlaBreaches);
    }

    [Fact]
    public async Task Past_ten_thousand_open_leads_the_inbox_says_more_than_ten_thousand_instead_of_counting_them_all()
    {
        var token = await SetUpAsync();
        var csv = new StringBuilder("nom;e-mail;source;pointOfSale\n");
        for (var i = 0; i <= LeadInboxCap; i++) csv.Append($"Client{i};c{i}@example.fr;La Centrale;LYON-1\n");
        await ImportAsync(token, csv.ToString());

        var all = await Host.Scenario(s => { s.Get.Url("/api/leads?view=all&page=2"); s.WithBearerToken(token); s.StatusCodeShouldBeOk(); });
        using var page = JsonDocument.Parse(await all.ReadAsTextAsync());
        Assert.Equal(LeadInboxCap, page.RootElement.GetProperty("total").GetInt64());
        Assert.True(page.RootElement.GetProperty("totalIsCapped").GetBoolean());
        Assert.Equal(25, page.RootElement.GetProperty("items").GetArrayLength());
        var mine = await Host.Scenario(s => { s.Get.Url("/api/leads?view=unassigned"); s.WithBearerToken(token); s.StatusCodeShouldBeOk(); });
        using var none = JsonDocument.Parse(await mine.ReadAsTextAsync());
        Assert.Equal(0, none.RootElement.GetProperty("total").GetInt64());
        Assert.False(none.RootElement.GetProperty("totalIsCapped").GetBoolean());
    }

    private const int LeadInboxCap = Leasing.Prospecting.ReadModels.LeadInbox.CountCap;

    [Fact]
    public async Task A_large_import_holds_the_asynchronous_projections_while_it_writes_and_they_catch_up_after_it()
    {
        await SetUpAsync();
        var importer = Host.Services.GetRequiredService<LeadImporter>();
        var hold = Host.Services.GetRequiredService<ProjectionHold>();
        var csv = new StringBuilder("nom;e-mail;source;pointOfSale\n");
        for (var i = 0; i < 50; i++) csv.Append($"Grand{i};g{i}@example.fr;La Centrale;LYON-1\n");

        // Chunks of 10, held from the 20th row: the first chunk is written with the projections running, the next four held.
        var heldAtEachReport = new List<bool>();
        (importer.ChunkSize, importer.HoldProjectionsFromRow) = (10, 20);
        ImportReport report;
        try
        {
            report = await importer.ImportAsync(new StringReader(csv.ToString()), IntakeRoute.CsvImport, "test", null,
                new InlineProgress(_ => heldAtEachReport.Add(hold.IsHeld)), CancellationToken.None);
        }
        finally { (importer.ChunkSize, importer.HoldProjectionsFromRow) = (LeadImporter.DefaultChunkSize, LeadImporter.DefaultHoldProjectionsFromRow); }

        Assert.Equal(50, report.Captured);
        Assert.Equal([false, true, true, true, true, false], heldAtEachReport); // the last report comes once the import is done
        Assert.False(hold.IsHeld);
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        await using var session = App.Store.QuerySession();
        var ids = (await session.Query<Lead>().Where(l => l.Contact.LastName!.StartsWith("Grand")).Select(l => l.Id).ToListAsync()).ToArray();
        Assert.Equal(50, ids.Length);
        Assert.Equal(50, await session.Query<Leasing.Prospecting.ReadModels.LeadStatisticsRow>().CountAsync(r => r.Id.IsOneOf(ids)));
    }

    /// <summary>Reports on the importer's own thread, so what it sees is the state at that moment (Progress&lt;T&gt; posts later).</summary>
    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    [Fact]
    public async Task The_bulk_copy_of_an_import_writes_the_same_streams_events_and_documents_as_Martens_append_API()
    {
        var token = await SetUpAsync();
        var importer = Host.Services.GetRequiredService<LeadImporter>();
        const string header = "prénom;nom;e-mail;téléphone;source;pointOfSale\n";
        try
        {
            importer.UseBulkCopy = false;
            await ImportAsync(token, header + "Anne;Arnaud;anne@example.fr;0622222222;La Centrale;LYON-1\n");
        }
        finally
        {
            importer.UseBulkCopy = true;
        }
        await ImportAsync(token, header + "Bruno;Blanc;bruno@example.fr;0633333333;La Centrale;LYON-1\n");

        await using var session = App.Store.QuerySession();
        var ids = (await session.Query<Lead>().ToListAsync()).OrderBy(l => l.Id).Select(l => l.Id).ToArray();
        Assert.Equal(2, ids.Length);
        var rows = await session.QueryAsync<string>(
            "select string_agg(concat_ws('|', s.type, s.version, s.tenant_id, s.is_archived, e.version, e.type, e.mt_dotnet_type, e.user_name, e.tenant_id, " +
            "e.is_archived, d.mt_dotnet_type, d.mt_version, d.advisor_id is not null, d.closed_at is null), ',' order by e.seq_id) " +
            "from events.mt_streams s join events.mt_events e on e.stream_id = s.id join prospecting.mt_doc_lead d on d.id = s.id " +
            "where s.id = any(?) group by s.id order by s.id", ids);
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0], rows[1]);
        Assert.Contains("lead_captured", rows[1]);

        // Read back by Marten like any stream: projected as a live aggregation would, and worked on through the API.
        var copied = ids[1];
        var projected = await session.LoadAsync<Lead>(copied);
        var live = await session.Events.AggregateStreamAsync<Lead>(copied);
        Assert.Equal(JsonSerializer.Serialize(live), JsonSerializer.Serialize(projected));
        await Host.Scenario(s =>
        {
            s.Post.Json(new { expectedVersion = 2 }).ToUrl($"/api/leads/{copied}/acknowledge");
            s.WithBearerToken(token);
            s.StatusCodeShouldBeOk();
        });
        Assert.Equal(LeadStatus.Acknowledged, (await session.LoadAsync<Lead>(copied))!.Status);
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

    private async Task<string> ImportAsync(string token, string csv)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Text(csv).ToUrl("/api/leads/import");
            s.WithRequestHeader("Content-Type", "text/csv");
            s.WithBearerToken(token);
            s.StatusCodeShouldBeOk();
        });
        return await result.ReadAsTextAsync();
    }

    private async Task<T> WithChunkSize<T>(int size, Func<Task<T>> import)
    {
        var importer = Host.Services.GetRequiredService<LeadImporter>();
        importer.ChunkSize = size;
        try { return await import(); }
        finally { importer.ChunkSize = LeadImporter.DefaultChunkSize; }
    }

    private async Task<Guid> PostLeadAsync(string token, string lastName, string email, string phone)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { firstName = lastName, lastName, email, phone, source = "la-centrale", pointOfSale = "LYON-1" }).ToUrl("/api/leads");
            s.WithBearerToken(token);
            s.StatusCodeShouldBe(201);
        });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.GetProperty("leadId").GetGuid();
    }

    private async Task<string> SetUpAsync(int advisors = 1)
    {
        var manager = await App.TokenForAsync("salesmanager");
        await Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                code = "LYON-1", name = "Concession Lyon",
                opening = Enumerable.Range(1, 6).Select(d => new { day = ((DayOfWeek)d).ToString(), opens = "09:00", closes = "19:00" }).ToArray(),
                advisors = new object[] { new { name = "Julie Moreau", userName = "backoffice" }, new { name = "Marc Petit", userName = "salesmanager" } }.Take(advisors),
                routing = "RoundRobin",
            }).ToUrl("/api/points-of-sale");
            s.WithBearerToken(manager);
            s.StatusCodeShouldBe(201);
        });
        return await App.TokenForAsync("backoffice");
    }
}
