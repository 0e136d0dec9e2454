using System.Text;
using System.Text.Json;
using Leasing.Testing;
using Leasing.Workflows.Definitions.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Leasing.Integration.Tests.Workflows;

/// <summary>The calls the workflow tests make, as the admin or an integrator would: definitions, tasks, instances.</summary>
internal sealed class WorkflowApi(LeasingApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, (string Token, DateTimeOffset TakenAt)> _tokens = new();

    public IAlbaHost Host => app.Host;

    /// <summary>A token per user, taken again once the test clock has moved an hour past it (tokens live 8 h on that clock).</summary>
    public async Task<string> TokenAsync(string user)
    {
        var now = app.Clock.GetUtcNow();
        if (_tokens.TryGetValue(user, out var held) && now - held.TakenAt < TimeSpan.FromHours(1) && now >= held.TakenAt) return held.Token;
        var token = await app.TokenForAsync(user);
        _tokens[user] = (token, now);
        return token;
    }

    public Task ImportShippedAsync() => Host.Services.GetRequiredService<DefinitionImporter>().ImportAsync(CancellationToken.None);

    /// <summary>Saves the definition (new, or as the next draft) and publishes it; returns the published version number.</summary>
    public async Task<int> PublishAsync(object definition)
    {
        var json = JsonSerializer.Serialize(definition, Json);
        var id = JsonDocument.Parse(json).RootElement.GetProperty("definitionId").GetString()!;
        var streamVersion = await StreamVersionAsync(id);
        var url = streamVersion is null ? "/api/workflows/definitions" : $"/api/workflows/definitions?expectedVersion={streamVersion}";
        await SendAsync("processowner", HttpMethod.Post, url, json, 200);
        var published = await SendAsync("processowner", HttpMethod.Post, $"/api/workflows/definitions/{id}/publish",
            new { expectedVersion = await StreamVersionAsync(id) }, 200);
        return published.GetProperty("published").GetInt32();
    }

    public async Task<long?> StreamVersionAsync(string definitionId)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url($"/api/workflows/definitions/{definitionId}");
            s.WithBearerToken(TokenAsync("processowner").Result);
            s.IgnoreStatusCode();
        });
        if (result.Context.Response.StatusCode == 404) return null;
        return (await result.ReadAsJsonAsync<JsonElement>()).GetProperty("streamVersion").GetInt64();
    }

    public Task<JsonElement> StartAsync(string definitionId, string correlationKey, object? variables = null) =>
        SendAsync("processowner", HttpMethod.Post, "/api/workflows/instances", new { definitionId, correlationKey, variables }, 200);

    public Task<JsonElement> InstanceAsync(Guid id) => SendAsync("processowner", HttpMethod.Get, $"/api/workflows/instances/{id}", null, 200);

    public async Task<JsonElement[]> TasksAsync(string user, string view = "available", string? correlationKey = null)
    {
        var page = await SendAsync(user, HttpMethod.Get, $"/api/workflows/tasks?view={view}" + (correlationKey is null ? "" : $"&correlationKey={correlationKey}"), null, 200);
        return page.GetProperty("items").EnumerateArray().ToArray();
    }

    public Task<JsonElement> CompleteAsync(string user, Guid taskId, string outcome, object? fields = null, int status = 200) =>
        SendAsync(user, HttpMethod.Post, $"/api/workflows/tasks/{taskId}/complete", new { outcome, fields = fields ?? new { } }, status);

    public async Task<JsonElement> SendAsync(string user, HttpMethod method, string url, object? body, int status)
    {
        var token = await TokenAsync(user);
        // Alba's ToUrl takes a path only: a query string (expectedVersion=...) is set on the request itself.
        var (path, query) = url.IndexOf('?') is var at and >= 0 ? (url[..at], url[at..]) : (url, "");
        var result = await Host.Scenario(s =>
        {
            if (method == HttpMethod.Get) s.Get.Url(url);
            else if (body is string raw) s.Post.Text(raw).ToUrl(path);
            else if (method == HttpMethod.Put) s.Put.Json(body!).ToUrl(path);
            else s.Post.Json(body ?? new { }).ToUrl(path);
            if (method != HttpMethod.Get && query.Length > 0) s.ConfigureHttpContext(c => c.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(query));
            s.WithBearerToken(token);
            s.StatusCodeShouldBe(status);
        });
        var text = await result.ReadAsTextAsync();
        return string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Guid TaskId(JsonElement item) => item.GetProperty("task").GetProperty("id").GetGuid();
}
