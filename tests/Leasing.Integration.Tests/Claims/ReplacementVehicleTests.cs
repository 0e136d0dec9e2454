using Marten;

namespace Leasing.Integration.Tests.Claims;

/// <summary>A replacement vehicle only when the contract includes one, in its category, within the days left this contract year.</summary>
public sealed class ReplacementVehicleTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly ClaimsApi _api = new(app);

    [Fact]
    public async Task A_replacement_vehicle_is_refused_when_the_contract_does_not_include_one_and_nothing_is_recorded()
    {
        await _api.DeliverAsync(ClaimsApi.Delivered(replacement: false));
        var claimId = (await _api.DeclareAsync()).GetProperty("claimId").GetGuid();
        var version = await _api.VersionAsync(claimId);

        var problem = await _api.RecordAsync(claimId, "replacement-vehicle", new { days = 3 }, status: 400);

        Assert.Equal(["replacementVehicle"], ClaimsApi.Fields(problem));
        Assert.Contains("does not include a replacement vehicle", problem.GetProperty("errors").GetProperty("replacementVehicle")[0].GetString());
        Assert.Equal(version, await _api.VersionAsync(claimId));
        Assert.DoesNotContain("GrantReplacementVehicle", (await _api.ClaimAsync(claimId)).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task The_days_allowed_per_contract_year_count_every_claim_of_the_contract()
    {
        await _api.DeliverAsync(ClaimsApi.Delivered(replacementDays: 10));
        var first = (await _api.DeclareAsync()).GetProperty("claimId").GetGuid();
        await _api.RecordAsync(first, "replacement-vehicle", new { days = 7 });
        App.Clock.Advance(TimeSpan.FromDays(8));
        await _api.RecordAsync(first, "replacement-vehicle/return", new { });

        var second = (await _api.DeclareAsync(ClaimsApi.Statement(occurredAt: App.Clock.GetUtcNow().AddHours(-2)))).GetProperty("claimId").GetGuid();
        var problem = await _api.RecordAsync(second, "replacement-vehicle", new { days = 3 }, status: 400);
        Assert.Equal(["days"], ClaimsApi.Fields(problem));
        Assert.StartsWith("2 day(s) left", problem.GetProperty("errors").GetProperty("days")[0].GetString());

        Assert.Equal(["category"], ClaimsApi.Fields(await _api.RecordAsync(second, "replacement-vehicle", new { days = 2, category = "E" }, status: 400)));
        await _api.RecordAsync(second, "replacement-vehicle", new { days = 2 });
        var loan = (await _api.ClaimAsync(second)).GetProperty("claim").GetProperty("replacement");
        Assert.Equal("B", loan.GetProperty("category").GetString());
        // The first loan was out 8 days for 7 granted: one day beyond, the customer's.
        Assert.Equal(1, (await _api.ClaimAsync(first)).GetProperty("claim").GetProperty("replacement").GetProperty("excessDays").GetInt32());
    }
}
