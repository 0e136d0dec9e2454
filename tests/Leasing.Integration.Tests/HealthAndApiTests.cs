using System.Text.Json;
using Leasing.Testing;

namespace Leasing.Integration.Tests;

public sealed class HealthAndApiTests(LeasingApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task Live_and_ready_answer_200_without_credentials()
    {
        await Host.Scenario(s => { s.Get.Url("/health/live"); s.StatusCodeShouldBeOk(); });
        var ready = await Host.Scenario(s => { s.Get.Url("/health/ready"); s.StatusCodeShouldBeOk(); });
        using var report = JsonDocument.Parse(await ready.ReadAsTextAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api_and_the_reference_page_is_served()
    {
        var document = await Host.Scenario(s => { s.Get.Url("/openapi/v1.json"); s.StatusCodeShouldBeOk(); });
        using var json = JsonDocument.Parse(await document.ReadAsTextAsync());
        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/auth/token", out _));
        Assert.True(paths.TryGetProperty("/api/history/{streamId}", out _));

        await Host.Scenario(s => { s.Get.Url("/scalar/"); s.StatusCodeShouldBeOk(); });
    }

    [Fact]
    public async Task Every_request_gets_a_correlation_id_and_keeps_the_callers()
    {
        var generated = await Host.Scenario(s => s.Get.Url("/health/live"));
        Assert.False(string.IsNullOrEmpty(generated.Context.Response.Headers["X-Correlation-ID"]));

        var kept = await Host.Scenario(s =>
        {
            s.Get.Url("/health/live");
            s.WithRequestHeader("X-Correlation-ID", "caller-supplied-42");
        });
        Assert.Equal("caller-supplied-42", kept.Context.Response.Headers["X-Correlation-ID"].ToString());
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_ProblemDetails_404()
    {
        var token = await App.TokenForAsync("admin");
        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/does-not-exist");
            s.WithBearerToken(token);
            s.StatusCodeShouldBe(404);
        });
        Assert.Equal("application/problem+json", result.Context.Response.ContentType);
    }
}
