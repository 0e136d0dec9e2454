using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Leasing.Host.Health;

/// <summary>Readiness answers with each check's status and reason, so an operator sees why a node is not ready.</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, JsonSerializerOptions.Web));
    }
}
