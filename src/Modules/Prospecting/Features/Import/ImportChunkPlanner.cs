using Leasing.Kernel.EventSourcing;
using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Duplicates;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Marten;
using Npgsql;
using Integration = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Prospecting.Features;

/// <summary>
/// Decides a chunk of import rows the way <see cref="LeadCapturing"/> decides one lead (merge into the open lead of the
/// same person within 30 days, or a new lead routed to an advisor with its two SLA deadlines), with one query for the
/// whole chunk's possible duplicates instead of one per row, and routing kept in memory.
/// Chunks are planned while the previous one is written: its leads are not in the database yet, so the planner keeps
/// them in memory (<see cref="InFlightLeads"/>) for exactly one more chunk.
/// </summary>
public sealed class ImportChunkPlanner(IReadOnlyDictionary<Guid, PointOfSale> pointsOfSale, ImportRouting routing, SlaPolicy policy)
{
    private InFlightLeads _previousChunk = new();
    private double? _rowsAtLastAnalyze;
    private int _capturedSinceAnalyze;

    public async Task<ImportChunk> PlanAsync(IReadOnlyList<LeadIntake> intakes, IQuerySession session, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var stored = new InFlightLeads();
        foreach (var lead in await StoredCandidatesAsync(intakes, session, now, cancellation))
            if (!_previousChunk.Contains(lead.Id)) stored.Track(lead);
        var thisChunk = new InFlightLeads();
        var streams = new Dictionary<Guid, List<object>>();
        var merges = new List<StoredLeadMerge>();
        var merged = 0;

        foreach (var intake in intakes)
        {
            // The freshest state of each candidate: this chunk's, then the previous chunk's, then the database's.
            var candidates = thisChunk.Matching(intake.Contact)
                .Concat(_previousChunk.Matching(intake.Contact).Where(l => !thisChunk.Contains(l.Id)))
                .Concat(stored.Matching(intake.Contact).Where(l => !thisChunk.Contains(l.Id)));
            var outcome = LeadCapture.Decide(Guid.CreateVersion7(), intake, candidates.Select(LeadContactSnapshot.Of), now);
            if (outcome.StartsNewStream)
            {
                var (lead, events) = Capture((LeadCaptured)outcome.Event, now);
                streams[lead.Id] = events;
                thisChunk.Track(lead);
                continue;
            }

            merged++;
            var target = thisChunk.Contains(outcome.LeadId) ? thisChunk.Get(outcome.LeadId)
                : _previousChunk.Contains(outcome.LeadId) ? _previousChunk.Get(outcome.LeadId) : stored.Get(outcome.LeadId);
            var merge = (LeadMerged)outcome.Event;
            if (streams.TryGetValue(target.Id, out var pending)) pending.Add(merge); // a lead started in this chunk
            else merges.Add(new StoredLeadMerge(target.Id, intake));
            thisChunk.Track(target.Apply(merge));
        }
        _previousChunk = thisChunk;
        _capturedSinceAnalyze += streams.Count;

        var leads = streams.Select(s => thisChunk.Get(s.Key) with { Version = s.Value.Count }).ToList();
        return new ImportChunk(now, streams.Select(s => new NewStream(s.Key, s.Value)).ToList(), leads, merges,
            TimersFor(leads, now), streams.Values.Select(e => Published((LeadCaptured)e[0])).ToList(), merged);
    }

    /// <summary>A new lead's first events: captured, then assigned when its point of sale has an advisor available.</summary>
    private (Lead Lead, List<object> Events) Capture(LeadCaptured captured, DateTimeOffset now)
    {
        var lead = Lead.Create(captured);
        var events = new List<object> { captured };
        if (pointsOfSale.GetValueOrDefault(lead.PointOfSaleId) is { } pointOfSale && routing.Assign(pointOfSale, now) is { } advisorId)
        {
            var assigned = LeadDecider.Assign(lead, advisorId, pointOfSale.Routing, null, now).Events;
            events.AddRange(assigned);
            lead = assigned.OfType<LeadAssigned>().Aggregate(lead, (state, e) => state.Apply(e));
        }
        return (lead, events);
    }

    /// <summary>The chunk's new leads share their capture instant: per point of sale, their deadlines are the same two.</summary>
    private IReadOnlyList<CheckImportedLeadsSla> TimersFor(IReadOnlyList<Lead> leads, DateTimeOffset now) =>
        leads.GroupBy(l => l.PointOfSaleId).SelectMany(group =>
        {
            var deadlines = policy.DeadlinesFor(now, pointsOfSale.GetValueOrDefault(group.Key)?.OpeningHours ?? OpeningHours.AlwaysOpen);
            var ids = group.Select(l => l.Id).ToList();
            return new[]
            {
                new CheckImportedLeadsSla(ids, SlaKind.Acknowledgement, deadlines.AcknowledgeBy),
                new CheckImportedLeadsSla(ids, SlaKind.Qualification, deadlines.QualifyBy),
            };
        }).ToList();

    private static Integration.LeadCaptured Published(LeadCaptured captured) =>
        (Integration.LeadCaptured)LeadIntegrationEvents.For(captured, Lead.Create(captured))!;

    /// <summary>
    /// Every stored lead of the last 30 days sharing an e-mail or a phone with a row of the chunk, in one query. Written as
    /// one index lookup per value (a lateral subquery the planner may not flatten): during an import the table grows
    /// faster than its statistics, and a planner that still believes it small reads all of it for every chunk.
    /// </summary>
    private async Task<IReadOnlyList<Lead>> StoredCandidatesAsync(IReadOnlyList<LeadIntake> intakes, IQuerySession session, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var emails = intakes.Select(i => EmailAddresses.Normalise(i.Contact.Email)).OfType<string>().Distinct().ToArray();
        var phones = intakes.Select(i => PhoneNumbers.Normalise(i.Contact.Phone)).OfType<string>().Distinct().ToArray();
        if (emails.Length == 0 && phones.Length == 0) return [];
        var table = session.DocumentStore.Options.FindOrResolveDocumentType(typeof(Lead)).TableName.QualifiedName;
        await using var connection = session.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"select l.id, l.data from unnest(@emails) e(value) cross join lateral " +
            $"(select id, data from {table} where data -> 'contact' ->> 'email' = e.value and captured_at >= @since offset 0) l union all " +
            $"select l.id, l.data from unnest(@phones) p(value) cross join lateral " +
            $"(select id, data from {table} where data -> 'contact' ->> 'phone' = p.value and captured_at >= @since offset 0) l", connection);
        command.Parameters.AddWithValue("since", (now - DuplicateDetector.Window).ToUniversalTime());
        command.Parameters.AddWithValue("emails", emails);
        command.Parameters.AddWithValue("phones", phones);
        var serializer = session.DocumentStore.Options.Serializer();
        var leads = new Dictionary<Guid, Lead>();
        await RefreshStatisticsAsync(connection, table, cancellation);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            if (!leads.ContainsKey(reader.GetGuid(0))) leads[reader.GetGuid(0)] = serializer.FromJson<Lead>(reader, 1); // found by both
        return leads.Values.ToList();
    }

    /// <summary>
    /// An import can multiply the lead table within minutes, long before autovacuum analyses it again; planned on the
    /// old statistics, the duplicate lookup reads the whole table for every chunk. So the import analyses the table
    /// itself whenever it has grown by half since (a handful of times per import, whatever its size). Only its size is
    /// refreshed (a one-column analyse updates the row count the plan depends on): the full analyse also sorted a sample
    /// of the documents' JSON, seconds of the database's time per import for statistics the lookup does not use.
    /// </summary>
    private async Task RefreshStatisticsAsync(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        if (_rowsAtLastAnalyze is null)
        {
            await using var estimate = new NpgsqlCommand($"select greatest(reltuples, 0) from pg_class where oid = '{table}'::regclass", connection);
            _rowsAtLastAnalyze = Convert.ToDouble(await estimate.ExecuteScalarAsync(cancellation));
        }
        if (_capturedSinceAnalyze < Math.Max(1_000, _rowsAtLastAnalyze.Value / 2)) return;
        await using (var analyze = new NpgsqlCommand($"analyze {table} (id)", connection)) await analyze.ExecuteNonQueryAsync(cancellation);
        _rowsAtLastAnalyze += _capturedSinceAnalyze;
        _capturedSinceAnalyze = 0;
    }
}
