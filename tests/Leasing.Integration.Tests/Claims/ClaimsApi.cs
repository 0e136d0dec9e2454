using System.Text.Json;
using Leasing.Integration.Tests.Workflows;
using Leasing.Testing;
using Wolverine.Tracking;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Integration.Tests.Claims;

/// <summary>
/// The calls the claims tests make, as the hotline, the claims desk or a driver would, each HTTP call inside a Wolverine
/// tracked session so the messages it sends (integration events, workflow signals, commands) are all handled before
/// the test goes on.
/// </summary>
internal sealed class ClaimsApi(LeasingApp app)
{
    public const string Plates = "AB-123-CD";
    public WorkflowApi Workflows { get; } = new(app);
    private IAlbaHost Host => app.Host;
    public ITrackedSession? LastTracked { get; private set; }

    /// <summary>Contracts' delivery event, as Contracts publishes it when a vehicle is handed over.</summary>
    public static ContractEvents.VehicleDelivered Delivered(string registration = Plates, Guid? contractId = null, string? companyId = "DEMO-FLEET-001",
        bool replacement = true, int replacementDays = 10, decimal? deductible = 300m, string? driverPhone = "+33612345678") =>
        new(contractId ?? Guid.CreateVersion7(), "CTR-2026-000042", Guid.CreateVersion7(), null, "LLD", "Business", "Transports Durand SARL", companyId,
            registration, "VF3ABCDEF12345678", "Peugeot", "308", "Allure", 12, new DateOnly(2026, 1, 15), new DateOnly(2029, 1, 14), 36, 20000, 60000,
            "Paul Durand", driverPhone, "paul.durand@example.fr",
            replacement, replacement ? "B" : null, replacement ? replacementDays : 0, true, "AllRisks", deductible, true, true, true, 4, false,
            ["Assistance", "Maintenance", "Tyres"], "backoffice", new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero));

    public async Task<ContractEvents.VehicleDelivered> DeliverAsync(ContractEvents.VehicleDelivered? delivered = null)
    {
        delivered ??= Delivered();
        await Host.InvokeMessageAndWaitAsync(delivered);
        return delivered;
    }

    public static object Statement(string registration = Plates, string kind = "Collision", bool drivable = false, bool injuries = false,
        object[]? attachments = null, DateTimeOffset? occurredAt = null) => new
    {
        registration, kind, occurredAt = occurredAt ?? TestClock.Start.AddHours(-1), place = "Boulevard périphérique, porte de Bagnolet, Paris",
        circumstances = "Choc à l'arrière dans un ralentissement : le véhicule tiers n'a pas freiné à temps.", drivable, injuries,
        otherParties = kind == "Collision" ? new[] { new { name = "Marc Leroy", registration = "GH-456-JK", insurer = "MAAF", policyNumber = "P-778899" } } : null,
        policeReportReference = kind == "Theft" ? "PV-2026-1234" : null,
        attachments,
    };

    public async Task<JsonElement> DeclareAsync(object? statement = null, string user = "claims", int status = 201) =>
        await SendAsync(user, HttpMethod.Post, "/api/claims", statement ?? Statement(), status);

    public Task<JsonElement> ClaimAsync(Guid id, string user = "claims", int status = 200) => SendAsync(user, HttpMethod.Get, $"/api/claims/{id}", null, status);

    public async Task<long> VersionAsync(Guid id) => (await ClaimAsync(id)).GetProperty("claim").GetProperty("version").GetInt64();

    /// <summary>A claims-desk command at the claim's current version.</summary>
    public async Task<JsonElement> RecordAsync(Guid id, string step, object fields, string user = "claims", int status = 200)
    {
        var body = JsonSerializer.SerializeToElement(fields);
        var withVersion = body.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        withVersion["expectedVersion"] = await VersionAsync(id);
        return await SendAsync(user, HttpMethod.Post, $"/api/claims/{id}/{step}", withVersion, status);
    }

    public async Task<JsonElement> SendAsync(string user, HttpMethod method, string url, object? body, int status)
    {
        JsonElement answer = default;
        LastTracked = await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            answer = await Workflows.SendAsync(user, method, url, body, status)));
        return answer;
    }

    public async Task<JsonElement> AnonymousAsync(string url, object body, int status)
    {
        string text = "";
        LastTracked = await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
        {
            var result = await Host.Scenario(s =>
            {
                s.Post.Json(body).ToUrl(url);
                s.StatusCodeShouldBe(status);
            });
            text = await result.ReadAsTextAsync();
        }));
        return string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The open tasks of a claim a user sees, in the inbox view given.</summary>
    public Task<JsonElement[]> TasksAsync(string user, Guid claimId, string view = "available") => Workflows.TasksAsync(user, view, claimId.ToString());

    public async Task<Guid> TaskAsync(string user, Guid claimId, string title)
    {
        var tasks = await TasksAsync(user, claimId);
        return WorkflowApi.TaskId(Assert.Single(tasks, t => t.GetProperty("task").GetProperty("title").GetString() == title));
    }

    /// <summary>Completes a workflow task as the API does, tracked so the commands its outcome sends are handled too.</summary>
    public Task<JsonElement> CompleteTaskAsync(string user, Guid taskId, string outcome, object? fields = null, int status = 200) =>
        SendAsync(user, HttpMethod.Post, $"/api/workflows/tasks/{taskId}/complete", new { outcome, fields = fields ?? new { } }, status);

    public async Task<string[]> StepsAsync(Guid claimId)
    {
        var cases = await Workflows.SendAsync("claims", HttpMethod.Get, $"/api/workflows/cases/{claimId}", null, 200);
        return cases[0].GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("french").GetString()!).ToArray();
    }

    public static string[] Fields(JsonElement problem) => problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToArray();
}
