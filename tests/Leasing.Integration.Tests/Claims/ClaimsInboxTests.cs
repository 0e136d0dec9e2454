using System.Security.Claims;
using Leasing.Kernel.Security;
using Leasing.Web.Pages.Claims;
using SecurityClaim = System.Security.Claims.Claim;

namespace Leasing.Integration.Tests.Claims;

/// <summary>The claims handler's inbox as the admin reads it: the workflow's tasks by due time, each with its claim's summary.</summary>
public sealed class ClaimsInboxTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly ClaimsApi _api = new(app);

    private static ClaimsPrincipal User(string name, string role) =>
        new(new ClaimsIdentity([new SecurityClaim(ClaimTypes.Name, name), new SecurityClaim(ClaimTypes.Role, role)], "test", ClaimTypes.Name, ClaimTypes.Role));

    [Fact]
    public async Task The_most_urgent_task_comes_first_with_the_claim_it_is_about()
    {
        await _api.Workflows.ImportShippedAsync();
        await _api.DeliverAsync();
        await _api.DeliverAsync(ClaimsApi.Delivered(registration: "EF-456-GH"));
        var drivable = (await _api.DeclareAsync(ClaimsApi.Statement(drivable: true))).GetProperty("claimId").GetGuid();
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var immobilised = (await _api.DeclareAsync(Injured()))
            .GetProperty("claimId").GetGuid();

        await using var session = App.Store.QuerySession();
        var page = await ClaimsInboxQuery.PageAsync(session, ClaimsInboxQuery.ActorOf(User("claims", Roles.ClaimsHandler)), "available", 1, 25,
            App.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(2, page.Total);
        Assert.Equal([immobilised, drivable], page.Items.Select(i => i.Claim!.Id));
        var first = page.Items[0].Claim!;
        Assert.Equal(("EF-456-GH", "Peugeot 308", false, true), (first.Registration, first.Vehicle, first.Drivable, first.Injuries));
        Assert.Equal(Leasing.Claims.Domain.ClaimStage.Declared, first.Stage);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 5, 0, TimeSpan.Zero), first.NextDeadline);

        var otherRole = await ClaimsInboxQuery.PageAsync(session, ClaimsInboxQuery.ActorOf(User("backoffice", Roles.BackOffice)), "available", 1, 25,
            App.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Empty(otherRole.Items);
    }

    private static object Injured() => new
    {
        registration = "EF-456-GH", kind = "SingleVehicle", occurredAt = Testing.TestClock.Start, place = "A6, Évry",
        circumstances = "Sortie de route, le conducteur est blessé au bras.", drivable = false, injuries = true, injuryDetails = "Conducteur blessé au bras, pris en charge par le SAMU",
    };
}
