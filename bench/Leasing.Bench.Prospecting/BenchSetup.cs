using System.Diagnostics;
using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Leasing.Prospecting.Domain.Routing;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Builder;
using Npgsql;

namespace Leasing.Bench.Prospecting;

public static class BenchSetup
{
    /// <summary>Five points of sale of four advisors each, open every day 08:00-20:00; half route by round robin, half by load.</summary>
    public static async Task<IReadOnlyList<string>> OpenPointsOfSaleAsync(IDocumentStore store)
    {
        var userNames = new List<string>();
        await using var session = store.LightweightSession();
        session.LastModifiedBy = "bench";
        var week = Enum.GetNames<DayOfWeek>().ToDictionary(d => d, _ => new[] { new OpenInterval(new TimeOnly(8, 0), new TimeOnly(20, 0)) });
        for (var p = 0; p < LeadFile.PointsOfSale.Length; p++)
        {
            var id = Guid.CreateVersion7();
            var advisors = Enumerable.Range(1, 4).Select(n => new Advisor(Guid.CreateVersion7(), $"Conseiller {p}-{n}", $"advisor-{p}-{n}")).ToArray();
            userNames.AddRange(advisors.Select(a => a.UserName!));
            session.Events.StartStream<PointOfSale>(id, new PointOfSaleOpened(id, LeadFile.PointsOfSale[p], $"Concession {LeadFile.PointsOfSale[p]}",
                new OpeningHoursData(week, []), advisors, p % 2 == 0 ? RoutingStrategy.RoundRobin : RoutingStrategy.LowestOpenLoad, DateTimeOffset.UtcNow));
        }
        await session.SaveChangesAsync();
        return userNames;
    }

    /// <summary>The newest lead stream so far: the next import's leads all come after it (time-ordered ids).</summary>
    public static async Task<Guid> LastLeadIdAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return (await session.QueryAsync<Guid>("select coalesce((select id from events.mt_streams where type = 'lead' order by id desc limit 1), '00000000-0000-0000-0000-000000000000')")).Single();
    }

    public sealed record StoredRows(long Streams, long Events, long Documents);

    public static async Task<StoredRows> StoredRowsAsync(IDocumentStore store, Guid after)
    {
        await using var session = store.QuerySession();
        var counts = (await session.QueryAsync<string>(
            "select concat_ws('|', (select count(*) from events.mt_streams where type = 'lead' and id > ?), " +
            "(select count(*) from events.mt_events where stream_id > ? and stream_id in (select id from events.mt_streams where type = 'lead')), " +
            "(select count(*) from prospecting.mt_doc_lead where id > ?))", after, after, after)).Single().Split('|').Select(long.Parse).ToArray();
        return new StoredRows(counts[0], counts[1], counts[2]);
    }

    /// <summary>
    /// Until the import's aftermath is done (its LeadCaptured announcements handled, the projections caught up), so the
    /// next measurement has the machine to itself. Polls the durable inbox: a bench may, a test may not.
    /// </summary>
    public static async Task<TimeSpan> WaitUntilQuietAsync(WebApplication app, string connectionString)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var schema = (string)(await new NpgsqlCommand(
            "select table_schema from information_schema.tables where table_name = 'wolverine_incoming_envelopes'", connection).ExecuteScalarAsync())!;
        await using var pending = new NpgsqlCommand($"select count(*) from {schema}.wolverine_incoming_envelopes where status = 'Incoming'", connection);
        while ((long)(await pending.ExecuteScalarAsync())! > 0) await Task.Delay(250);
        await app.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(10));
        return watch.Elapsed;
    }
}
