using Leasing.Host.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Leasing.Integration.Tests;

public sealed class EmbeddedPostgresTests
{
    [Fact]
    public async Task Data_written_before_a_restart_is_there_after_it()
    {
        var root = Path.Combine(Path.GetTempPath(), "leasing-restart-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var first = await EmbeddedPostgres.StartAsync(root, NullLogger.Instance);
            await ExecuteAsync(first.ConnectionString, "create table kept(value text); insert into kept values ('before restart')");
            await first.DisposeAsync();

            var second = await EmbeddedPostgres.StartAsync(root, NullLogger.Instance);
            try
            {
                await using var connection = new NpgsqlConnection(second.ConnectionString);
                await connection.OpenAsync();
                await using var query = new NpgsqlCommand("select value from kept", connection);
                Assert.Equal("before restart", await query.ExecuteScalarAsync());
            }
            finally
            {
                await second.DisposeAsync();
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_binaries_are_found_where_Debian_installs_them()
    {
        var binaries = PostgresBinaries.Locate();
        Assert.True(File.Exists(binaries.InitDb));
        Assert.True(File.Exists(binaries.PgCtl));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
