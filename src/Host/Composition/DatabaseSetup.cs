using Leasing.Host.Database;
using Serilog;

namespace Leasing.Host.Composition;

/// <summary>
/// The connection string comes from <c>ConnectionStrings:Leasing</c> (e.g. the environment variable
/// <c>ConnectionStrings__Leasing</c>). Without one the Host starts its embedded PostgreSQL and stops it with itself.
/// </summary>
public static class DatabaseSetup
{
    public sealed record LeasingDatabase(string ConnectionString, bool Embedded);

    public static async Task<LeasingDatabase> ResolveDatabaseAsync(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Leasing");
        if (!string.IsNullOrWhiteSpace(configured)) return new LeasingDatabase(configured, Embedded: false);

        var root = builder.Configuration["Leasing:DataDirectory"] ?? DefaultDataDirectory();
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddSerilog(Log.Logger));
        EmbeddedPostgres server;
        try
        {
            server = await EmbeddedPostgres.StartAsync(root, loggerFactory.CreateLogger("Leasing.EmbeddedPostgres"));
        }
        catch (PostgresNotInstalledException e)
        {
            Log.Fatal("{Message}", e.Message);
            Console.Error.WriteLine(e.Message);
            Environment.Exit(2);
            throw;
        }
        builder.Services.AddHostedService(_ => new EmbeddedPostgresLifetime(server));
        return new LeasingDatabase(server.ConnectionString, Embedded: true);
    }

    /// <summary>As root the server runs as <c>postgres</c>, who cannot enter /root: the data goes under /var/lib then.</summary>
    private static string DefaultDataDirectory() =>
        Environment.UserName == "root"
            ? "/var/lib/leasing/postgres"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "leasing", "postgres");

    /// <summary>Stops the embedded server after everything else has stopped (hosted services stop in reverse order).</summary>
    private sealed class EmbeddedPostgresLifetime(EmbeddedPostgres server) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken) => await server.DisposeAsync();
    }
}
