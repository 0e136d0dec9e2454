using Leasing.Host.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Leasing.Bench.Shared;

/// <summary>
/// The real Host in the benchmark's process, on the benchmark's own PostgreSQL: one node running every agent, no seeded
/// users, no shipped workflows imported and no due timer fired (a benchmark drives what it measures), logs at Warning,
/// HTTP on a free loopback port. Settings travel as environment variables, read by the Host like any deployment's.
/// </summary>
public static class BenchHost
{
    /// <param name="httpPipeline">Whether the HTTP pipeline is mapped (a benchmark that calls endpoint code or the task API).</param>
    /// <param name="settings">More settings, or other values for the defaults, as environment variable names (<c>Leasing__X</c>).</param>
    public static async Task<WebApplication> StartAsync(string connectionString, bool httpPipeline = false, params (string Name, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Leasing"] = connectionString,
            ["Leasing__Solo"] = "true",
            ["Leasing__SeedUsers"] = "false",
            ["Leasing__ImportWorkflows"] = "false",
            ["Leasing__RunDueTimers"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        foreach (var (name, value) in settings) environment[name] = value;
        foreach (var (name, value) in environment) Environment.SetEnvironmentVariable(name, value);

        var builder = WebApplication.CreateBuilder([]);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await builder.AddLeasingAsync();
        var app = builder.Build();
        if (httpPipeline) app.UseLeasing();
        await app.StartAsync();
        return app;
    }
}
