namespace Leasing.Integration.Tests.Claims;

/// <summary>The fleet manager declares and reads their company's claims only; the claims desk alone records the steps.</summary>
public sealed class FleetManagerTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly ClaimsApi _api = new(app);
    private const string OtherPlates = "ZZ-999-ZZ";

    [Fact]
    public async Task A_fleet_manager_declares_for_their_company_and_is_refused_another_company_s_vehicle_and_claims()
    {
        await _api.DeliverAsync(); // DEMO-FLEET-001, the seeded fleet manager's company
        await _api.DeliverAsync(ClaimsApi.Delivered(registration: OtherPlates, companyId: "OTHER-COMPANY"));
        await _api.Workflows.TokenAsync("fleetmanager");
        var events = await EventCountAsync();

        var refused = await _api.DeclareAsync(ClaimsApi.Statement(registration: OtherPlates), user: "fleetmanager", status: 403);
        Assert.Contains("not in your company's fleet", refused.GetProperty("detail").GetString());
        Assert.Equal(events, await EventCountAsync());

        var own = await _api.DeclareAsync(user: "fleetmanager");
        var ownId = own.GetProperty("claimId").GetGuid();
        var other = (await _api.DeclareAsync(ClaimsApi.Statement(registration: OtherPlates))).GetProperty("claimId").GetGuid();

        Assert.Equal("FleetManager", (await _api.ClaimAsync(ownId, "fleetmanager")).GetProperty("claim").GetProperty("channel").GetString());
        await _api.ClaimAsync(other, "fleetmanager", status: 404);
        var list = await _api.Workflows.SendAsync("fleetmanager", HttpMethod.Get, "/api/claims", null, 200);
        Assert.Equal([ownId], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(2, (await _api.Workflows.SendAsync("claims", HttpMethod.Get, "/api/claims", null, 200)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_fleet_manager_reads_without_recording_anything()
    {
        await _api.DeliverAsync();
        var claimId = (await _api.DeclareAsync(user: "fleetmanager")).GetProperty("claimId").GetGuid();

        var view = await _api.ClaimAsync(claimId, "fleetmanager");
        Assert.Empty(view.GetProperty("allowedActions").EnumerateArray());
        await _api.RecordAsync(claimId, "expert", new { firm = "BCA Expertise" }, user: "fleetmanager", status: 403);
        await _api.Workflows.SendAsync("fleetmanager", HttpMethod.Get, "/api/claims/dashboard?from=2026-11-01&to=2026-11-30", null, 403);
    }
}
