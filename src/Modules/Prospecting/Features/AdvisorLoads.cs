using Leasing.Prospecting.Domain.Leads;
using Marten;
using Npgsql;

namespace Leasing.Prospecting.Features;

public sealed record AdvisorLoad(Guid AdvisorId, int OpenLeads, DateTimeOffset? LastAssignedAt);

/// <summary>
/// Routing needs each advisor's open leads and who was assigned last. Two aggregate queries on indexed columns, so
/// routing costs the same at 100 leads or 100 000, instead of reading every open lead of the point of sale.
/// </summary>
public static class AdvisorLoads
{
    public static async Task<(IReadOnlyList<AdvisorLoad> Loads, Guid? LastAssigned)> ReadAsync(IQuerySession session, Guid pointOfSaleId,
        CancellationToken cancellation)
    {
        var table = session.DocumentStore.Options.FindOrResolveDocumentType(typeof(Lead)).TableName.QualifiedName;
        var loads = new List<AdvisorLoad>();
        var command = new NpgsqlCommand(
            $"select advisor_id, count(*), max(assigned_at) from {table} where point_of_sale_id = @pos and advisor_id is not null and closed_at is null group by advisor_id");
        command.Parameters.AddWithValue("pos", pointOfSaleId);
        await using (var reader = await session.ExecuteReaderAsync(command, cancellation))
            while (await reader.ReadAsync(cancellation))
                loads.Add(new AdvisorLoad(reader.GetGuid(0), (int)reader.GetInt64(1),
                    reader.IsDBNull(2) ? null : new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero)));

        // Leads assigned in the same instant (a bulk import) are ordered by their time-ordered (version 7) ids.
        var last = new NpgsqlCommand(
            $"select advisor_id from {table} where point_of_sale_id = @pos and advisor_id is not null order by assigned_at desc nulls last, id desc limit 1");
        last.Parameters.AddWithValue("pos", pointOfSaleId);
        await using var lastReader = await session.ExecuteReaderAsync(last, cancellation);
        return (loads, await lastReader.ReadAsync(cancellation) ? lastReader.GetGuid(0) : null);
    }
}
