using Leasing.Audit.ReadModels;
using Leasing.Testing;
using Marten;
using Marten.Events;

namespace Leasing.Integration.Tests;

public sealed class PlatformStatusTests(LeasingApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_home_page_figures_count_real_events_by_module_and_the_daemon_catches_up()
    {
        var staff = await App.TokenForAsync("backoffice"); // a sign-in appends one more Accounts event
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

        var result = await Host.Scenario(s => { s.Get.Url("/api/platform/status"); s.WithBearerToken(staff); s.StatusCodeShouldBeOk(); });
        var status = (await result.ReadAsJsonAsync<PlatformStatusView>())!;

        var seededAndSignedIn = SeedCount + 1;
        Assert.True(status.DatabaseReachable);
        Assert.Equal(seededAndSignedIn, status.EventsStored);
        Assert.Equal(seededAndSignedIn, status.EventsLast24HoursByModule.Single(m => m.Module == "Accounts").Events);
        // Every asynchronous projection (the daily activity counts, the lead statistics) is listed and has caught up.
        Assert.Equal(["DailyModuleActivity", "LeadStatisticsRow"], status.Projections.Select(p => p.DisplayName).Order().ToArray());
        Assert.All(status.Projections, p => Assert.Equal(p.HighWaterMark, p.Sequence));

        await using var session = App.Store.QuerySession();
        var daily = await session.Query<DailyModuleActivity>().ToListAsync();
        Assert.Equal(seededAndSignedIn, daily.Where(d => d.Module == "Accounts").Sum(d => d.Events));
    }

    private static int SeedCount => Leasing.Accounts.Features.SeedUsers.Accounts.Count;
}
