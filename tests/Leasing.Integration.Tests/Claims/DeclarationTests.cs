using Wolverine.Tracking;
using System.Text.Json;
using Leasing.Claims.Domain;
using Marten;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Integration.Tests.Claims;

/// <summary>Declarations refused with every wrong field named and nothing stored; attachments checked by content and size; contracts checked.</summary>
public sealed class DeclarationTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly ClaimsApi _api = new(app);

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01];
    private static readonly byte[] Pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    private static object File(string kind, string name, byte[] content) => new { kind, fileName = name, contentBase64 = Convert.ToBase64String(content) };

    private async Task<long> StoredAttachmentsAsync()
    {
        await using var session = App.Store.QuerySession();
        return (await session.QueryAsync<long>("select count(*) from claims.claim_attachment_content")).Single();
    }

    private async Task<int> ClaimCountAsync()
    {
        await using var session = App.Store.QuerySession();
        return await session.Query<Claim>().CountAsync();
    }

    [Fact]
    public async Task An_incomplete_declaration_names_every_missing_field_and_stores_nothing()
    {
        await _api.DeliverAsync();
        await _api.Workflows.TokenAsync("claims");
        var events = await EventCountAsync();

        var problem = await _api.DeclareAsync(new { registration = ClaimsApi.Plates, kind = "Theft", injuries = true, circumstances = "Volé" }, status: 400);

        Assert.Equal(["circumstances", "drivable", "injuryDetails", "occurredAt", "place", "policeReportReference"], ClaimsApi.Fields(problem));
        Assert.Equal(events, await EventCountAsync());
        Assert.Equal(0, await ClaimCountAsync());
    }

    [Fact]
    public async Task An_unknown_kind_a_future_date_and_a_collision_without_the_other_party_are_refused()
    {
        await _api.DeliverAsync();
        var problem = await _api.DeclareAsync(new
        {
            registration = ClaimsApi.Plates, kind = "Meteorite", occurredAt = Testing.TestClock.Start.AddDays(2), place = "Paris", circumstances = "Quelque chose est tombé du ciel.",
            drivable = true, injuries = false, otherParties = new[] { new { name = "" } },
        }, status: 400);
        Assert.Equal(["kind", "occurredAt", "otherParties[0].name"], ClaimsApi.Fields(problem));

        problem = await _api.DeclareAsync(new
        {
            registration = ClaimsApi.Plates, kind = "Collision", occurredAt = Testing.TestClock.Start, place = "Paris", circumstances = "Accrochage en sortant du parking.",
            drivable = true, injuries = false,
        }, status: 400);
        Assert.Equal(["otherParties"], ClaimsApi.Fields(problem));
        Assert.Equal(0, await ClaimCountAsync());
    }

    [Fact]
    public async Task Attachments_are_checked_by_their_content_and_size_and_a_bad_one_keeps_the_whole_declaration_out()
    {
        await _api.DeliverAsync();
        await _api.Workflows.TokenAsync("claims");
        var events = await EventCountAsync();
        var stored = await StoredAttachmentsAsync();
        var script = "#!/bin/sh\nrm -rf /\n"u8.ToArray();
        var tooBig = new byte[AttachmentRules.MaxBytes + 1];
        Jpeg.CopyTo(tooBig, 0);

        var problem = await _api.DeclareAsync(ClaimsApi.Statement(attachments:
        [
            File("Photo", "avant.jpg", Jpeg),
            File("Photo", "photo.jpg", script),          // a name that lies about the content
            File("AccidentReport", "constat.pdf", Jpeg), // JPEG content named .pdf
            File("Photo", "enorme.jpg", tooBig),
            File("Selfie", "x.jpg", Jpeg),
        ]), status: 400);

        Assert.Equal(["attachments[1].contentBase64", "attachments[2].contentBase64", "attachments[3].contentBase64", "attachments[4].kind"],
            ClaimsApi.Fields(problem));
        Assert.Equal(events, await EventCountAsync());
        Assert.Equal(stored, await StoredAttachmentsAsync());
    }

    [Fact]
    public async Task A_declaration_with_its_photo_and_accident_report_keeps_them_and_serves_them_with_their_checked_type()
    {
        await _api.DeliverAsync();
        var declared = await _api.DeclareAsync(ClaimsApi.Statement(attachments: [File("Photo", "arriere.jpeg", Jpeg), File("AccidentReport", "constat.pdf", Pdf)]));
        var claimId = declared.GetProperty("claimId").GetGuid();
        Assert.StartsWith("SIN-2026-", declared.GetProperty("number").GetString());
        Assert.Equal(3, declared.GetProperty("version").GetInt64());

        var claim = (await _api.ClaimAsync(claimId)).GetProperty("claim");
        var attachments = claim.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(["image/jpeg", "application/pdf"], attachments.Select(a => a.GetProperty("contentType").GetString()));
        Assert.Equal("Hotline", claim.GetProperty("channel").GetString());
        Assert.Equal("Paul Durand", claim.GetProperty("driver").GetProperty("name").GetString());

        var token = await _api.Workflows.TokenAsync("claims");
        var download = await Host.Scenario(s =>
        {
            s.Get.Url($"/api/claims/{claimId}/attachments/{attachments[1].GetProperty("id").GetGuid()}");
            s.WithBearerToken(token);
            s.StatusCodeShouldBeOk();
            s.ContentTypeShouldBe("application/pdf");
        });
        Assert.Equal(System.Text.Encoding.UTF8.GetString(Pdf), await download.ReadAsTextAsync());

        // The driver is sent the tracking code, through the outbox of driver messages.
        await using var session = App.Store.QuerySession();
        var message = await session.Query<Leasing.Claims.ReadModels.DriverMessage>().SingleAsync(m => m.ClaimId == claimId);
        Assert.Equal(("+33612345678", "ClaimTracking"), (message.To, message.Purpose));
        Assert.Contains(declared.GetProperty("trackingCode").GetString()!, message.Body);
    }

    [Fact]
    public async Task A_claim_on_an_unknown_vehicle_or_on_an_ended_contract_is_refused_naming_the_registration()
    {
        var problem = await _api.DeclareAsync(status: 400);
        Assert.Equal(["registration"], ClaimsApi.Fields(problem));
        Assert.Contains("No vehicle under contract", problem.GetProperty("errors").GetProperty("registration")[0].GetString());

        var delivered = await _api.DeliverAsync();
        await Host.InvokeMessageAndWaitAsync(new ContractEvents.VehicleReturned(delivered.ContractId, delivered.ContractNumber, delivered.QuoteId, null,
            delivered.CompanyId, delivered.Registration, new DateOnly(2026, 11, 20), 61000, 60000, 1000, 60m, 0m, 0, App.Clock.GetUtcNow()));
        var events = await EventCountAsync();

        problem = await _api.DeclareAsync(status: 400);
        Assert.Equal(["registration"], ClaimsApi.Fields(problem));
        Assert.Contains("ended on 2026-11-20 (Returned)", problem.GetProperty("errors").GetProperty("registration")[0].GetString());
        Assert.Equal(events, await EventCountAsync());
    }

    [Fact]
    public async Task The_registration_is_matched_however_it_is_typed_and_an_accident_before_delivery_is_refused()
    {
        await _api.DeliverAsync();
        var declared = await _api.DeclareAsync(ClaimsApi.Statement(registration: "ab 123cd"));
        Assert.Equal(ClaimsApi.Plates, (await _api.ClaimAsync(declared.GetProperty("claimId").GetGuid())).GetProperty("claim").GetProperty("registration").GetString());

        var early = await _api.DeclareAsync(ClaimsApi.Statement(occurredAt: new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero)), status: 400);
        Assert.Equal(["occurredAt"], ClaimsApi.Fields(early));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        await _api.DeliverAsync();
        var claimId = (await _api.DeclareAsync()).GetProperty("claimId").GetGuid();
        await _api.SendAsync("claims", HttpMethod.Post, $"/api/claims/{claimId}/notes", new { text = "Appel du conducteur", expectedVersion = 1 }, 200);

        var conflict = await _api.SendAsync("claims", HttpMethod.Post, $"/api/claims/{claimId}/expert", new { firm = "BCA", expectedVersion = 1 }, 409);

        Assert.Contains("version 2", conflict.GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.Null, (await _api.ClaimAsync(claimId)).GetProperty("claim").GetProperty("expert").ValueKind);
    }
}
