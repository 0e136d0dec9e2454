using Leasing.Accounts.Domain;
using Leasing.Accounts.Features;
using Leasing.Testing;
using Marten;

namespace Leasing.Integration.Tests;

public sealed class UserManagementTests(LeasingApp app) : IntegrationTest(app)
{
    private static readonly object NewAdvisor = new
    {
        userName = "JDupont", displayName = "Jean Dupont", password = "Long-enough-1", roles = new[] { "BackOffice" },
    };

    [Fact]
    public async Task An_admin_registers_a_user_who_can_then_sign_in_and_the_event_says_who_and_why()
    {
        var admin = await App.TokenForAsync("admin");
        var created = await Host.Scenario(s =>
        {
            s.Post.Json(NewAdvisor).ToUrl("/api/users");
            s.WithBearerToken(admin);
            s.WithRequestHeader("X-Correlation-ID", "onboarding-jdupont");
            s.StatusCodeShouldBe(201);
        });
        var response = (await created.ReadAsJsonAsync<UserRegisteredResponse>())!;
        Assert.Equal("jdupont", response.UserName);

        Assert.False(string.IsNullOrEmpty(await App.TokenForAsync("jdupont", "Long-enough-1")));

        await using var session = App.Store.QuerySession();
        var registered = (await session.Events.FetchStreamAsync(response.Id)).First();
        Assert.IsType<UserRegistered>(registered.Data);
        Assert.Equal("admin", registered.UserName);
        Assert.Equal("onboarding-jdupont", registered.CorrelationId);
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_each_field_and_nothing_is_stored()
    {
        var admin = await App.TokenForAsync("admin");
        var before = await EventCountAsync();
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { userName = "no spaces allowed", password = "short", roles = new[] { "Pilot" } }).ToUrl("/api/users");
            s.WithBearerToken(admin);
            s.StatusCodeShouldBe(400);
        });
        var problem = (await result.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!;
        Assert.Equal(["displayName", "password", "roles", "userName"], problem.Errors.Keys.Order().ToArray());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task A_taken_user_name_and_a_fleet_manager_without_company_are_refused()
    {
        var admin = await App.TokenForAsync("admin");
        var taken = await Host.Scenario(s =>
        {
            s.Post.Json(new { userName = "BackOffice", displayName = "Twin", password = "Long-enough-1", roles = new[] { "BackOffice" } }).ToUrl("/api/users");
            s.WithBearerToken(admin);
            s.StatusCodeShouldBe(400);
        });
        Assert.Contains("userName", (await taken.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!.Errors.Keys);

        var fleet = await Host.Scenario(s =>
        {
            s.Post.Json(new { userName = "fm2", displayName = "Fleet", password = "Long-enough-1", roles = new[] { "FleetManager" } }).ToUrl("/api/users");
            s.WithBearerToken(admin);
            s.StatusCodeShouldBe(400);
        });
        Assert.Contains("companyId", (await fleet.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!.Errors.Keys);
    }

    [Fact]
    public async Task A_change_made_on_a_stale_version_is_a_409_and_is_not_applied()
    {
        var admin = await App.TokenForAsync("admin");
        var id = await UserIdAsync("backoffice");

        await Host.Scenario(s =>
        {
            s.Put.Json(new { roles = new[] { "BackOffice", "SalesManager" }, expectedVersion = 1 }).ToUrl($"/api/users/{id}/roles");
            s.WithBearerToken(admin);
            s.StatusCodeShouldBeOk();
        });
        var before = await EventCountAsync();
        await Host.Scenario(s =>
        {
            s.Put.Json(new { roles = new[] { "Auditor" }, expectedVersion = 1 }).ToUrl($"/api/users/{id}/roles");
            s.WithBearerToken(admin);
            s.StatusCodeShouldBe(409);
        });

        Assert.Equal(before, await EventCountAsync());
        await using var session = App.Store.QuerySession();
        Assert.Equal(["BackOffice", "SalesManager"], (await session.LoadAsync<UserAccount>(id))!.Roles);
    }

    [Fact]
    public async Task Two_concurrent_edits_on_one_version_never_both_win()
    {
        var admin = await App.TokenForAsync("admin");
        var id = await UserIdAsync("auditor");
        var edits = new[] { "Auditor", "BackOffice" }.Select(role => Host.Scenario(s =>
        {
            s.Put.Json(new { roles = new[] { role }, expectedVersion = 1 }).ToUrl($"/api/users/{id}/roles");
            s.WithBearerToken(admin);
            s.IgnoreStatusCode();
        }));
        var statuses = (await Task.WhenAll(edits)).Select(r => r.Context.Response.StatusCode).Order().ToArray();

        Assert.Equal([200, 409], statuses);
        await using var session = App.Store.QuerySession();
        Assert.Equal(2, (await session.Events.FetchStreamStateAsync(id))!.Version);
    }

    [Fact]
    public async Task An_unknown_user_is_a_404()
    {
        var admin = await App.TokenForAsync("admin");
        await Host.Scenario(s =>
        {
            s.Put.Json(new { roles = new[] { "Auditor" }, expectedVersion = 1 }).ToUrl($"/api/users/{Guid.NewGuid()}/roles");
            s.WithBearerToken(admin);
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task An_admin_unlocks_a_locked_account_and_resets_a_password()
    {
        for (var attempt = 0; attempt < 5; attempt++)
            await Host.Scenario(s => { s.Post.Json(new { userName = "processowner", password = "nope" }).ToUrl("/api/auth/token"); s.StatusCodeShouldBe(401); });
        var admin = await App.TokenForAsync("admin");
        var id = await UserIdAsync("processowner");
        await using (var session = App.Store.QuerySession())
            Assert.True((await session.LoadAsync<UserAccount>(id))!.IsLockedAt(App.Clock.GetUtcNow()));

        await Host.Scenario(s =>
        {
            s.Post.Json(new { change = "Unlock", expectedVersion = 7 }).ToUrl($"/api/users/{id}/status");
            s.WithBearerToken(admin);
            s.StatusCodeShouldBeOk();
        });
        await Host.Scenario(s =>
        {
            s.Put.Json(new { password = "A-new-password-9", expectedVersion = 8 }).ToUrl($"/api/users/{id}/password");
            s.WithBearerToken(admin);
            s.StatusCodeShouldBeOk();
        });

        Assert.False(string.IsNullOrEmpty(await App.TokenForAsync("processowner", "A-new-password-9")));
        await Host.Scenario(s =>
        {
            s.Post.Json(new { userName = "processowner", password = TestHostSettings.Password }).ToUrl("/api/auth/token");
            s.StatusCodeShouldBe(401);
        });
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var session = App.Store.QuerySession();
        return (await session.Query<UserAccount>().SingleAsync(a => a.UserName == userName)).Id;
    }
}
