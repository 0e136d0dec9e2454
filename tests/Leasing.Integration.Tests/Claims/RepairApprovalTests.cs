using Leasing.Integration.Tests.Workflows;
using Leasing.Claims.Domain;
using Marten;

namespace Leasing.Integration.Tests.Claims;

/// <summary>A garage quote above the expert's figure waits for the senior claims handler's approval task, recorded as events.</summary>
public sealed class RepairApprovalTests(Testing.LeasingApp app) : IntegrationTest(app)
{
    private readonly ClaimsApi _api = new(app);
    private const string Approval = "5. Approuver un devis au-delà du chiffrage de l'expert";

    private async Task<Guid> ClaimWithExpertReportAsync()
    {
        await _api.Workflows.ImportShippedAsync();
        await _api.DeliverAsync(ClaimsApi.Delivered(replacement: false));
        var claimId = (await _api.DeclareAsync(ClaimsApi.Statement(drivable: true))).GetProperty("claimId").GetGuid();
        await _api.CompleteTaskAsync("claims", WorkflowApi.TaskId(Assert.Single(await _api.TasksAsync("claims", claimId))), "Expertise");
        await _api.RecordAsync(claimId, "expert", new { firm = "BCA Expertise" });
        await _api.RecordAsync(claimId, "expert-report", new { repairEstimate = 2000m, totalLoss = false });
        return claimId;
    }

    [Fact]
    public async Task A_quote_above_the_expert_figure_is_authorised_only_once_the_senior_handler_approves_it()
    {
        var claimId = await ClaimWithExpertReportAsync();

        await _api.RecordAsync(claimId, "repair-authorisation", new { garage = "Garage du Centre", quotedAmount = 2350m });

        var waiting = await _api.ClaimAsync(claimId);
        Assert.Equal("AwaitingRepairApproval", waiting.GetProperty("stage").GetString());
        Assert.Equal(JsonValueKindNull, waiting.GetProperty("ledger").GetProperty("authorisedAmount").ValueKind);
        Assert.Empty((await _api.TasksAsync("claims", claimId)).Where(t => t.GetProperty("task").GetProperty("title").GetString() == Approval));
        var task = await _api.TaskAsync("seniorclaims", claimId, Approval);
        await _api.CompleteTaskAsync("claims", task, "Approuver", status: 403);

        await _api.CompleteTaskAsync("seniorclaims", task, "Approuver", new { comment = "Pièces d'origine justifiées par le garage" });

        var authorised = await _api.ClaimAsync(claimId);
        Assert.Equal("RepairAuthorised", authorised.GetProperty("stage").GetString());
        Assert.Equal(2350m, authorised.GetProperty("ledger").GetProperty("authorisedAmount").GetDecimal());
        Assert.Equal("Approved", authorised.GetProperty("claim").GetProperty("repair").GetProperty("approval").GetString());
        await using var session = App.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(claimId);
        Assert.Equal(["RepairApprovalAsked", "RepairAuthorisationGiven"],
            events.Where(e => e.Data is RepairApprovalAsked or RepairAuthorisationGiven).Select(e => e.Data.GetType().Name));
        Assert.Equal("seniorclaims", events.Single(e => e.Data is RepairAuthorisationGiven).UserName);
        Assert.Contains(await _api.StepsAsync(claimId), s => s.StartsWith("6. Réparation en cours au garage"));
    }

    [Fact]
    public async Task A_refused_quote_sends_the_garage_back_to_quote_and_a_new_quote_within_the_figure_is_authorised()
    {
        var claimId = await ClaimWithExpertReportAsync();
        await _api.RecordAsync(claimId, "repair-authorisation", new { garage = "Garage du Centre", quotedAmount = 3100m });
        await _api.CompleteTaskAsync("seniorclaims", await _api.TaskAsync("seniorclaims", claimId, Approval), "Refuser", new { comment = "Main d'œuvre surévaluée" });

        var refused = await _api.ClaimAsync(claimId);
        Assert.Equal("Refused", refused.GetProperty("claim").GetProperty("repair").GetProperty("approval").GetString());
        Assert.Contains("AuthoriseRepair", refused.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));

        await _api.RecordAsync(claimId, "repair-authorisation", new { garage = "Garage du Centre", quotedAmount = 1990m });
        var authorised = await _api.ClaimAsync(claimId);
        Assert.Equal(1990m, authorised.GetProperty("ledger").GetProperty("authorisedAmount").GetDecimal());
        Assert.Equal("NotNeeded", authorised.GetProperty("claim").GetProperty("repair").GetProperty("approval").GetString());
        Assert.DoesNotContain(await _api.TasksAsync("seniorclaims", claimId, "team"), t => t.GetProperty("task").GetProperty("title").GetString() == Approval);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
