using Leasing.Kernel.EventSourcing;
using Leasing.Prospecting.Domain.Leads;
using Integration = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Prospecting.Features;

/// <summary>A row folded into a lead that was stored before its chunk: appended through Marten at write time.</summary>
public sealed record StoredLeadMerge(Guid LeadId, LeadIntake Duplicate);

/// <summary>
/// One chunk of an import, decided in memory and ready to write in one transaction: the new leads' streams and the
/// documents the inline projection would make of them, the rows merged into leads stored earlier, one SLA timer per
/// point of sale and kind for the chunk's new leads, and their <c>LeadCaptured</c> integration events.
/// </summary>
public sealed record ImportChunk(
    DateTimeOffset At,
    IReadOnlyList<NewStream> Streams,
    IReadOnlyList<Lead> Leads,
    IReadOnlyList<StoredLeadMerge> Merges,
    IReadOnlyList<CheckImportedLeadsSla> Timers,
    IReadOnlyList<Integration.LeadCaptured> Published,
    int Merged)
{
    public int Captured => Streams.Count;

    public bool IsEmpty => Streams.Count == 0 && Merges.Count == 0;
}
