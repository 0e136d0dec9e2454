using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Leasing.Host.Health;

/// <summary>
/// Ready = the database answers and holds the schema this build expects. The schema comparison runs until
/// it succeeds once (a schema is not un-applied); the round trip to the database runs on every call.
/// </summary>
public sealed class DatabaseReadyCheck(IDocumentStore store) : IHealthCheck
{
    private volatile bool _schemaConfirmed;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var session = store.QuerySession();
            await session.QueryAsync<int>("select 1", cancellationToken);
            if (!_schemaConfirmed)
            {
                await store.Storage.Database.AssertDatabaseMatchesConfigurationAsync(cancellationToken);
                _schemaConfirmed = true;
            }
            return HealthCheckResult.Healthy("Database reachable, schema applied.");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("Database not ready: " + e.Message);
        }
    }
}
