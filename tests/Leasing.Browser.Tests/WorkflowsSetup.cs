using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Leasing.Testing;
using Leasing.Workflows.Definitions.Store;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;
using ProspectingEvents = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Browser.Tests;

/// <summary>What the workflow tests arrange before the browser acts: shipped definitions, leads captured, definitions and instances through the API.</summary>
internal sealed class WorkflowsSetup(AdminServer server)
{
    public Task ImportShippedAsync() => server.Services.GetRequiredService<DefinitionImporter>().ImportAsync(CancellationToken.None);

    /// <summary>A lead captured by Prospecting, as its integration event; returns once every workflow it starts has run to its first wait.</summary>
    public async Task<Guid> CaptureLeadAsync()
    {
        var leadId = Guid.CreateVersion7();
        await server.Host.InvokeMessageAndWaitAsync(new ProspectingEvents.LeadCaptured(leadId, "la-centrale", Guid.CreateVersion7(), "RoundRobin", "Used", "LOA",
            server.Clock.GetUtcNow()));
        return leadId;
    }

    /// <summary>Saves (as a new definition, or as the next draft of an existing one) and publishes a definition through the HTTP API, as an integrator would.</summary>
    public async Task PublishAsync(object definition) =>
        await PublishAsync(JsonSerializer.Serialize(definition, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    public async Task PublishAsync(string json)
    {
        using var http = await ClientAsync("processowner");
        var id = JsonDocument.Parse(json).RootElement.GetProperty("definitionId").GetString();
        var existing = await http.GetAsync($"/api/workflows/definitions/{id}");
        var url = existing.IsSuccessStatusCode
            ? $"/api/workflows/definitions?expectedVersion={(await existing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamVersion").GetInt64()}"
            : "/api/workflows/definitions";
        (await http.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        await PublishDraftAsync(id!);
    }

    /// <summary>Publishes the draft there is, as another process owner would while someone has the designer open.</summary>
    public async Task PublishDraftAsync(string definitionId)
    {
        using var http = await ClientAsync("processowner");
        var detail = await http.GetFromJsonAsync<JsonElement>($"/api/workflows/definitions/{definitionId}");
        (await http.PostAsJsonAsync($"/api/workflows/definitions/{definitionId}/publish", new { expectedVersion = detail.GetProperty("streamVersion").GetInt64() }))
            .EnsureSuccessStatusCode();
    }

    /// <summary>The shipped customer journey's JSON, as the Host imports it.</summary>
    public static string ShippedJourney() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", "customer-journey.json"));

    public async Task<Guid> StartAsync(string definitionId, string correlationKey)
    {
        using var http = await ClientAsync("processowner");
        var response = await http.PostAsJsonAsync("/api/workflows/instances", new { definitionId, correlationKey });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
    }

    private async Task<HttpClient> ClientAsync(string user)
    {
        var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var response = await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = TestHostSettings.Password });
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static object Arrow(string from, string to, string port = "Done") => new { source = new { activity = from, port }, target = new { activity = to, port = "In" } };

    /// <summary>A definition whose SetVariable fails at run time (a property of undefined): every instance stops on an incident there.</summary>
    public static object Faulty(string definitionId) => new
    {
        definitionId, name = "Faulty",
        variables = new object[] { new { name = "amount", type = "number" } },
        root = new
        {
            activities = new object[]
            {
                new { id = "start", type = "Start" },
                new { id = "set-amount", type = "SetVariable", inputs = new { variable = "amount", value = "input.missing.amount" } },
                new { id = "done", type = "End" },
            },
            connections = new[] { Arrow("start", "set-amount"), Arrow("set-amount", "done") },
        },
    };
}
