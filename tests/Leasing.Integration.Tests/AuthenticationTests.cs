using System.Text.Json;
using Leasing.Accounts.Domain;
using Leasing.Accounts.Features;
using Leasing.Testing;
using Marten;

namespace Leasing.Integration.Tests;

public sealed class AuthenticationTests(LeasingApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_seeded_user_gets_a_token_that_expires_after_the_token_lifetime()
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { userName = "backoffice", password = TestHostSettings.Password }).ToUrl("/api/auth/token");
            s.StatusCodeShouldBeOk();
        });
        var token = (await result.ReadAsJsonAsync<TokenResponse>())!;
        Assert.False(string.IsNullOrWhiteSpace(token.AccessToken));
        Assert.Equal(TestClock.Start + Kernel.Security.AuthSchemes.TokenLifetime, token.ExpiresAt);

        var me = await Host.Scenario(s => { s.Get.Url("/api/me"); s.WithBearerToken(token.AccessToken); s.StatusCodeShouldBeOk(); });
        using var json = JsonDocument.Parse(await me.ReadAsTextAsync());
        Assert.Equal("backoffice", json.RootElement.GetProperty("userName").GetString());
        Assert.Equal("BackOffice", json.RootElement.GetProperty("roles")[0].GetString());

        App.Clock.Advance(Kernel.Security.AuthSchemes.TokenLifetime + TimeSpan.FromMinutes(1));
        await Host.Scenario(s => { s.Get.Url("/api/me"); s.WithBearerToken(token.AccessToken); s.StatusCodeShouldBe(401); });
    }

    [Fact]
    public async Task Without_credentials_the_api_answers_401_as_ProblemDetails()
    {
        var result = await Host.Scenario(s => { s.Get.Url("/api/users"); s.StatusCodeShouldBe(401); });
        Assert.Equal("application/problem+json", result.Context.Response.ContentType);
    }

    [Fact]
    public async Task A_role_outside_the_policy_gets_403()
    {
        var token = await App.TokenForAsync("backoffice");
        await Host.Scenario(s => { s.Get.Url("/api/users"); s.WithBearerToken(token); s.StatusCodeShouldBe(403); });
        var fleet = await App.TokenForAsync("fleetmanager");
        await Host.Scenario(s => { s.Get.Url("/api/history/" + Guid.NewGuid()); s.WithBearerToken(fleet); s.StatusCodeShouldBe(403); });
    }

    [Fact]
    public async Task A_wrong_password_is_401_and_recorded_on_the_account()
    {
        await Host.Scenario(s =>
        {
            s.Post.Json(new { userName = "backoffice", password = "not the password" }).ToUrl("/api/auth/token");
            s.StatusCodeShouldBe(401);
        });
        await using var session = App.Store.QuerySession();
        var account = await session.Query<UserAccount>().SingleAsync(a => a.UserName == "backoffice");
        Assert.Equal(1, account.FailuresInARow);
    }

    [Fact]
    public async Task Missing_sign_in_fields_are_a_400_naming_each_field()
    {
        var result = await Host.Scenario(s => { s.Post.Json(new { userName = "" }).ToUrl("/api/auth/token"); s.StatusCodeShouldBe(400); });
        var problem = await result.ReadAsJsonAsync<ValidationProblem>();
        Assert.Contains("userName", problem!.Errors.Keys);
        Assert.Contains("password", problem.Errors.Keys);
    }

    [Fact]
    public async Task Five_failures_in_a_row_lock_the_account_for_15_minutes()
    {
        for (var attempt = 1; attempt <= 5; attempt++)
            await Host.Scenario(s =>
            {
                s.Post.Json(new { userName = "claims", password = "wrong-" + attempt }).ToUrl("/api/auth/token");
                s.StatusCodeShouldBe(401);
            });

        // Locked: even the right password is refused, and says why.
        var locked = await Host.Scenario(s =>
        {
            s.Post.Json(new { userName = "claims", password = TestHostSettings.Password }).ToUrl("/api/auth/token");
            s.StatusCodeShouldBe(401);
        });
        Assert.Contains("locked", await locked.ReadAsTextAsync());

        App.Clock.Advance(TimeSpan.FromMinutes(14));
        await Host.Scenario(s =>
        {
            s.Post.Json(new { userName = "claims", password = TestHostSettings.Password }).ToUrl("/api/auth/token");
            s.StatusCodeShouldBe(401);
        });

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(string.IsNullOrEmpty(await App.TokenForAsync("claims")));
    }

    public sealed record ValidationProblem(int Status, Dictionary<string, string[]> Errors);
}
