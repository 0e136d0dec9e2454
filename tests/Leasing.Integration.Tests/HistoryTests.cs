using System.Text.Json;
using Leasing.Accounts.Domain;
using Leasing.Testing;
using Marten;

namespace Leasing.Integration.Tests;

public sealed class HistoryTests(LeasingApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_auditor_reads_a_stream_in_order_and_rebuilds_the_state_at_a_past_date_and_version()
    {
        var admin = await App.TokenForAsync("admin");
        var id = await UserIdAsync("salesmanager");
        await Host.Scenario(s =>
        {
            s.Put.Json(new { roles = new[] { "SalesManager", "BackOffice" }, expectedVersion = 1 }).ToUrl($"/api/users/{id}/roles");
            s.WithBearerToken(admin);
            s.StatusCodeShouldBeOk();
        });

        var auditor = await App.TokenForAsync("auditor");
        using var now = await ReadAsync(auditor, $"/api/history/{id}");
        var events = now.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["user_registered", "user_roles_changed"], events.Select(e => e.GetProperty("type").GetString()!).ToArray());
        Assert.Equal([1L, 2L], events.Select(e => e.GetProperty("version").GetInt64()).ToArray());
        Assert.Equal("admin", events[1].GetProperty("userName").GetString());
        Assert.False(string.IsNullOrEmpty(events[1].GetProperty("correlationId").GetString()));
        Assert.Equal(2, now.RootElement.GetProperty("state").GetProperty("roles").GetArrayLength());

        using var atVersion = await ReadAsync(auditor, $"/api/history/{id}?version=1");
        Assert.Single(atVersion.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal(["SalesManager"], RolesOf(atVersion));

        // Marten stamps events with the database's time, so "as of" is taken from the stored timestamps.
        await using var session = App.Store.QuerySession();
        var stored = await session.Events.FetchStreamAsync(id);
        var between = stored[0].Timestamp + (stored[1].Timestamp - stored[0].Timestamp) / 2;
        using var asOf = await ReadAsync(auditor, $"/api/history/{id}?asOf={Uri.EscapeDataString(between.ToString("O"))}");
        Assert.Equal(["SalesManager"], RolesOf(asOf));
    }

    [Fact]
    public async Task Bad_query_values_are_400s_naming_the_field_and_an_unknown_stream_is_404()
    {
        var auditor = await App.TokenForAsync("auditor");
        var id = await UserIdAsync("admin");
        foreach (var (query, field) in new[] { ("asOf=yesterday", "asOf"), ("version=0", "version") })
        {
            var result = await Host.Scenario(s => { s.Get.Url($"/api/history/{id}?{query}"); s.WithBearerToken(auditor); s.StatusCodeShouldBe(400); });
            Assert.Contains(field, (await result.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!.Errors.Keys);
        }
        await Host.Scenario(s => { s.Get.Url("/api/history/not-a-guid"); s.WithBearerToken(auditor); s.StatusCodeShouldBe(400); });
        await Host.Scenario(s => { s.Get.Url($"/api/history/{Guid.NewGuid()}"); s.WithBearerToken(auditor); s.StatusCodeShouldBe(404); });
    }

    private async Task<JsonDocument> ReadAsync(string token, string url)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.WithBearerToken(token); s.StatusCodeShouldBeOk(); });
        return JsonDocument.Parse(await result.ReadAsTextAsync());
    }

    private static string[] RolesOf(JsonDocument history) =>
        history.RootElement.GetProperty("state").GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray();

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var session = App.Store.QuerySession();
        return (await session.Query<UserAccount>().SingleAsync(a => a.UserName == userName)).Id;
    }
}
