using System.Diagnostics;
using Npgsql;

namespace Leasing.Bench.Prospecting;

/// <summary>
/// A scale reference, not the target's yardstick: the file's rows COPYed as they are (its cells as text columns) into one
/// plain table without indexes. It shows what a lead costs when nothing is decided, merged, routed, indexed or recorded.
/// </summary>
public static class FlatCopyBaseline
{
    public static async Task<TimeSpan> RunAsync(string connectionString, string file)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        using var reader = new StreamReader(file);
        var header = (await reader.ReadLineAsync())!.TrimStart('\uFEFF').Split(';');
        var columns = string.Join(", ", header.Select((_, i) => $"c{i} text"));
        await new NpgsqlCommand($"drop table if exists bench_raw_flat; create table bench_raw_flat ({columns})", connection).ExecuteNonQueryAsync();

        var watch = Stopwatch.StartNew();
        await using (var importer = await connection.BeginBinaryImportAsync(
            $"copy bench_raw_flat ({string.Join(", ", header.Select((_, i) => $"c{i}"))}) from stdin (format binary)"))
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                await importer.StartRowAsync();
                foreach (var cell in line.Split(';')) await importer.WriteAsync(cell, NpgsqlTypes.NpgsqlDbType.Text);
            }
            await importer.CompleteAsync();
        }
        return watch.Elapsed;
    }
}
