using System.Text.RegularExpressions;
using Leasing.Claims.ReadModels;
using Marten;

namespace Leasing.Integration.Tests.Claims;

/// <summary>The driver's public form: a one-time code sent to the phone the contract gave, refused when wrong or expired, spent once used.</summary>
public sealed partial class DriverDeclarationTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly ClaimsApi _api = new(app);

    private async Task<string> CodeSentAsync()
    {
        await using var session = App.Store.QuerySession();
        var message = await session.Query<DriverMessage>().Where(m => m.Purpose == "DeclarationCode").OrderByDescending(m => m.At).FirstAsync();
        Assert.Equal(("+33612345678", DriverMessageChannel.Sms), (message.To, message.Channel));
        return SixDigits().Match(message.Body).Value;
    }

    private Task<System.Text.Json.JsonElement> DeclareAsync(string code, int status) =>
        _api.AnonymousAsync("/api/public/claims", new { code, statement = ClaimsApi.Statement(kind: "Glass", drivable: true) }, status);

    [Fact]
    public async Task A_driver_declares_with_the_code_sent_to_their_phone_and_follows_the_claim_with_the_tracking_code()
    {
        await _api.DeliverAsync();
        await _api.AnonymousAsync("/api/public/claims/codes", new { registration = "ab-123-cd" }, 202);
        var code = await CodeSentAsync();

        var declared = await DeclareAsync(code, 201);
        var claimId = declared.GetProperty("claimId").GetGuid();
        Assert.Equal("Driver", (await _api.ClaimAsync(claimId)).GetProperty("claim").GetProperty("channel").GetString());
        Assert.Equal(["code"], ClaimsApi.Fields(await DeclareAsync(code, 400))); // spent

        var tracked = await _api.AnonymousAsync("/api/public/claims/track",
            new { number = declared.GetProperty("number").GetString(), trackingCode = declared.GetProperty("trackingCode").GetString() }, 200);
        Assert.Equal(("Declared", ClaimsApi.Plates), (tracked.GetProperty("stage").GetString(), tracked.GetProperty("registration").GetString()));
        await _api.AnonymousAsync("/api/public/claims/track", new { number = declared.GetProperty("number").GetString(), trackingCode = "WRONGCODE1" }, 404);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_counted_and_nothing_is_declared()
    {
        await _api.DeliverAsync();
        await _api.AnonymousAsync("/api/public/claims/codes", new { registration = ClaimsApi.Plates }, 202);
        var code = await CodeSentAsync();
        var wrong = code == "000000" ? "111111" : "000000";
        var events = await EventCountAsync();

        var problem = await DeclareAsync(wrong, 400);

        Assert.Equal(["code"], ClaimsApi.Fields(problem));
        Assert.Contains("4 tries left", problem.GetProperty("errors").GetProperty("code")[0].GetString());
        Assert.Equal(events, await EventCountAsync());
        await using var session = App.Store.QuerySession();
        Assert.Equal(1, (await session.Query<DeclarationCode>().SingleAsync()).FailedAttempts);
        for (var i = 0; i < 4; i++) await DeclareAsync(wrong, 400);
        Assert.Contains("ask for a new one", (await DeclareAsync(code, 400)).GetProperty("errors").GetProperty("code")[0].GetString()); // locked after five tries
    }

    [Fact]
    public async Task An_expired_code_is_refused()
    {
        await _api.DeliverAsync();
        await _api.AnonymousAsync("/api/public/claims/codes", new { registration = ClaimsApi.Plates }, 202);
        var code = await CodeSentAsync();

        App.Clock.Advance(TimeSpan.FromMinutes(16));
        var problem = await DeclareAsync(code, 400);

        Assert.Contains("expired", problem.GetProperty("errors").GetProperty("code")[0].GetString());
        await using var session = App.Store.QuerySession();
        Assert.Equal(0, await session.Query<Leasing.Claims.Domain.Claim>().CountAsync());
    }

    [Fact]
    public async Task An_unknown_vehicle_gets_the_same_answer_and_no_code_and_a_bad_statement_names_its_fields_under_statement()
    {
        var unknown = await _api.AnonymousAsync("/api/public/claims/codes", new { registration = "XX-000-XX" }, 202);
        await _api.DeliverAsync();
        var known = await _api.AnonymousAsync("/api/public/claims/codes", new { registration = ClaimsApi.Plates }, 202);
        Assert.Equal(unknown.GetProperty("message").GetString(), known.GetProperty("message").GetString());
        await using (var session = App.Store.QuerySession())
            Assert.Equal(1, await session.Query<DriverMessage>().CountAsync());

        var problem = await _api.AnonymousAsync("/api/public/claims", new { code = await CodeSentAsync(), statement = new { registration = ClaimsApi.Plates } }, 400);
        Assert.Contains("statement.place", ClaimsApi.Fields(problem));
        Assert.DoesNotContain("code", ClaimsApi.Fields(problem));
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
