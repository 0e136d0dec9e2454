using Leasing.Host.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace Leasing.Testing;

/// <summary>
/// One PostgreSQL per test process: <c>LEASING_TEST_CONNECTION</c> when set, otherwise a throwaway cluster
/// started with the product's own embedded-server code and removed when the process ends.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<string>> ConnectionString = new(StartAsync);
    private static EmbeddedPostgres? _server;

    public static Task<string> GetConnectionStringAsync() => ConnectionString.Value;

    private static async Task<string> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("LEASING_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;

        _server = await EmbeddedPostgres.StartThrowawayAsync(NullLogger.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return _server.ConnectionString;
    }
}
