namespace Leasing.Host.Database;

/// <summary>Finds <c>initdb</c>, <c>pg_ctl</c> and <c>psql</c> on PATH or under /usr/lib/postgresql/*/bin (newest first).</summary>
public sealed record PostgresBinaries(string InitDb, string PgCtl, string Psql, string Version)
{
    public const string InstallHint =
        "No PostgreSQL server binaries were found (initdb, pg_ctl). Install them with " +
        "'sudo apt-get install -y postgresql' (Debian/Ubuntu), or point the product at a server with " +
        "the environment variable ConnectionStrings__Leasing=\"Host=...;Database=...;Username=...;Password=...\".";

    public static PostgresBinaries Locate()
    {
        foreach (var folder in CandidateFolders())
        {
            var initDb = Path.Combine(folder, "initdb");
            var pgCtl = Path.Combine(folder, "pg_ctl");
            if (!File.Exists(initDb) || !File.Exists(pgCtl)) continue;
            var psql = File.Exists(Path.Combine(folder, "psql")) ? Path.Combine(folder, "psql") : FindOnPath("psql") ?? "psql";
            return new PostgresBinaries(initDb, pgCtl, psql, VersionOf(folder));
        }
        throw new PostgresNotInstalledException(InstallHint);
    }

    private static IEnumerable<string> CandidateFolders()
    {
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            foreach (var version in Directory.GetDirectories(debianRoot).OrderByDescending(MajorVersion))
                yield return Path.Combine(version, "bin");
        }
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            yield return folder;
    }

    private static int MajorVersion(string folder) => int.TryParse(Path.GetFileName(folder), out var major) ? major : 0;

    private static string VersionOf(string binFolder)
    {
        var parent = Path.GetFileName(Path.GetDirectoryName(binFolder) ?? "");
        return int.TryParse(parent, out _) ? parent : "(on PATH)";
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
}

public sealed class PostgresNotInstalledException(string message) : Exception(message);
