using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Leasing.Host.Database;

/// <summary>
/// A PostgreSQL cluster run from the machine's server binaries, so that one command starts the product
/// with nothing configured. The data folder survives restarts; the port is a free loopback port picked at
/// each start (or the one of a cluster still running from a previous start). As root, the server runs as
/// the <c>postgres</c> user because PostgreSQL refuses to run as root.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string Database = "leasing";
    private const string Owner = "leasing";
    private readonly ILogger _logger;
    private readonly bool _throwaway;

    private EmbeddedPostgres(string root, PostgresBinaries binaries, ILogger logger, bool throwaway)
    {
        Root = root;
        Binaries = binaries;
        _logger = logger;
        _throwaway = throwaway;
    }

    /// <summary>The folder holding <c>data/</c>, the socket folder and the generated password.</summary>
    public string Root { get; }

    public PostgresBinaries Binaries { get; }

    public int Port { get; private set; }

    public string ConnectionString { get; private set; } = "";

    private string DataDirectory => Path.Combine(Root, "data");
    private string SocketDirectory => Path.Combine(Root, "run");
    private string PasswordFile => Path.Combine(Root, "password");
    private string LogFile => Path.Combine(Root, "postgres.log");

    /// <summary>Starts (creating on first use) the cluster kept in <paramref name="root"/>.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(string root, ILogger logger, CancellationToken cancellation = default)
    {
        var server = new EmbeddedPostgres(root, PostgresBinaries.Locate(), logger, throwaway: false);
        await server.StartAsync(fastAndUnsafe: false, cancellation);
        return server;
    }

    /// <summary>A cluster for one test run, in a temporary folder removed on dispose; durability is traded for speed.</summary>
    public static async Task<EmbeddedPostgres> StartThrowawayAsync(ILogger logger, CancellationToken cancellation = default)
    {
        var root = Path.Combine(Path.GetTempPath(), "leasing-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var server = new EmbeddedPostgres(root, PostgresBinaries.Locate(), logger, throwaway: true);
        await server.StartAsync(fastAndUnsafe: true, cancellation);
        return server;
    }

    private async Task StartAsync(bool fastAndUnsafe, CancellationToken cancellation)
    {
        Directory.CreateDirectory(Root);
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
            await InitialiseAsync(cancellation);

        Port = ReadRunningPort() ?? await LaunchAsync(fastAndUnsafe, cancellation);
        ConnectionString = $"Host=127.0.0.1;Port={Port};Database={Database};Username={Owner};Password={await File.ReadAllTextAsync(PasswordFile, cancellation)};Maximum Pool Size=50";
        _logger.LogInformation("Embedded PostgreSQL {Version} ready on 127.0.0.1:{Port}, data in {DataDirectory}", Binaries.Version, Port, DataDirectory);
    }

    private async Task InitialiseAsync(CancellationToken cancellation)
    {
        _logger.LogInformation("Creating the embedded PostgreSQL cluster in {DataDirectory}", DataDirectory);
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(SocketDirectory);

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        await File.WriteAllTextAsync(PasswordFile, password, cancellation);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        // initdb reads the superuser password from a file the server user can read; it is removed at once.
        var initPasswordFile = Path.Combine(Root, "initdb-password");
        await File.WriteAllTextAsync(initPasswordFile, password, cancellation);
        GiveToServerUser(Root);
        try
        {
            await RunAsync(Binaries.InitDb, ["-D", DataDirectory, "-U", Owner, "--auth=scram-sha-256", "--pwfile", initPasswordFile,
                "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions"], cancellation);
        }
        finally
        {
            File.Delete(initPasswordFile);
        }

        var port = FreeLoopbackPort();
        await RunAsync(Binaries.PgCtl, ["start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile, "-o", ServerOptions(port, fastAndUnsafe: true)], cancellation);
        try
        {
            await RunAsync(Binaries.Psql, ["-h", "127.0.0.1", "-p", port.ToString(), "-U", Owner, "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                "-c", $"CREATE DATABASE {Database} OWNER {Owner}"], cancellation, password);
        }
        finally
        {
            await RunAsync(Binaries.PgCtl, ["stop", "-w", "-m", "fast", "-D", DataDirectory], cancellation);
        }
    }

    private async Task<int> LaunchAsync(bool fastAndUnsafe, CancellationToken cancellation)
    {
        var port = FreeLoopbackPort();
        await RunAsync(Binaries.PgCtl, ["start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile, "-o", ServerOptions(port, fastAndUnsafe)], cancellation);
        return port;
    }

    private string ServerOptions(int port, bool fastAndUnsafe)
    {
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {SocketDirectory} -c max_connections=200";
        // Test clusters are thrown away: skipping fsync makes schema creation and resets several times faster.
        return fastAndUnsafe ? options + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : options;
    }

    /// <summary>A cluster left running by a host that was killed is reused rather than started twice.</summary>
    private int? ReadRunningPort()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        var lines = File.ReadAllLines(pidFile);
        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port)) return null;
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited) return null;
        }
        catch (ArgumentException)
        {
            return null; // stale pid file: pg_ctl start cleans it up
        }
        _logger.LogInformation("Reusing the embedded PostgreSQL already running on port {Port}", port);
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(Binaries.PgCtl, ["stop", "-w", "-m", "fast", "-D", DataDirectory], CancellationToken.None);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Stopping the embedded PostgreSQL failed");
        }
        if (_throwaway)
        {
            try { Directory.Delete(Root, recursive: true); }
            catch (IOException) { /* a file still held open: the temp folder is cleaned by the OS */ }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool RunningAsRoot => Environment.UserName == "root" || geteuid() == 0;

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern uint geteuid();

    private static void GiveToServerUser(string path)
    {
        if (!RunningAsRoot) return;
        using var chown = Process.Start(new ProcessStartInfo("chown", ["-R", "postgres:postgres", path]) { RedirectStandardError = true })!;
        chown.WaitForExit();
        if (chown.ExitCode != 0)
            throw new InvalidOperationException($"chown of {path} to postgres failed: {chown.StandardError.ReadToEnd()}");
    }

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellation, string? password = null)
    {
        var start = RunningAsRoot
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. arguments])
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Root;
        if (password is not null) start.Environment["PGPASSWORD"] = password;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0)
        {
            var log = File.Exists(LogFile) ? string.Join('\n', (await File.ReadAllLinesAsync(LogFile, cancellation)).TakeLast(20)) : "";
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} failed with exit code {process.ExitCode}:\n{await output}\n{await error}\n{log}");
        }
    }
}
