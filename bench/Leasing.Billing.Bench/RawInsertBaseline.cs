using System.Diagnostics;
using System.Text.Json;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Npgsql;

namespace Leasing.Billing.Bench;

/// <summary>
/// The yardstick: the same number of invoice rows written by hand-made batched INSERTs (one multi-row INSERT of 1 000
/// rows per transaction, from arrays through unnest), each row an invoice's key columns and the same JSON the invoice
/// event carries. No event store, no projection, no numbering: the fastest plain way to put the rows in the table.
/// </summary>
public static class RawInsertBaseline
{
    public static async Task<TimeSpan> RunAsync(string connectionString, IReadOnlyList<BillingAccount> accounts, int batchSize)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "drop schema if exists bench_raw cascade; create schema bench_raw; create table bench_raw.invoice(id uuid primary key, contract_id uuid not null, " +
            "number text not null, period_start date not null, total_ht numeric not null, total_ttc numeric not null, data jsonb not null)", connection))
            await create.ExecuteNonQueryAsync();

        var period = new BillingPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31));
        var watch = Stopwatch.StartNew();
        for (var offset = 0; offset < accounts.Count; offset += batchSize)
        {
            var slice = accounts.Skip(offset).Take(batchSize).ToList();
            var ids = new Guid[slice.Count];
            var contracts = new Guid[slice.Count];
            var numbers = new string[slice.Count];
            var starts = new DateOnly[slice.Count];
            var ht = new decimal[slice.Count];
            var ttc = new decimal[slice.Count];
            var data = new string[slice.Count];
            for (var i = 0; i < slice.Count; i++)
            {
                var lines = RentInvoicing.LinesFor(slice[i], period);
                var total = VatAmounts.Sum(lines.Select(l => l.Amounts));
                ids[i] = Guid.CreateVersion7();
                contracts[i] = slice[i].Id;
                numbers[i] = $"RAW-{offset + i + 1:000000}";
                starts[i] = period.Start;
                ht[i] = total.ExcludingVat;
                ttc[i] = total.IncludingVat;
                data[i] = JsonSerializer.Serialize(new { Id = ids[i], slice[i].ContractNumber, Number = numbers[i], Period = period, Lines = lines, Total = total });
            }
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = new NpgsqlCommand("insert into bench_raw.invoice select * from unnest(@id, @contract, @number, @start, @ht, @ttc, @data::jsonb[])",
                connection, transaction);
            insert.Parameters.AddWithValue("id", ids);
            insert.Parameters.AddWithValue("contract", contracts);
            insert.Parameters.AddWithValue("number", numbers);
            insert.Parameters.AddWithValue("start", starts);
            insert.Parameters.AddWithValue("ht", ht);
            insert.Parameters.AddWithValue("ttc", ttc);
            insert.Parameters.AddWithValue("data", data);
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        return watch.Elapsed;
    }
}
