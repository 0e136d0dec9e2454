namespace Leasing.Prospecting.Domain.Sources;

public sealed record LeadSourceSaved(LeadSource Source, DateTimeOffset At);

/// <summary>
/// The catalogue of lead sources as the sales manager keeps it (names, cost per lead, consent, active), one stream for
/// the whole catalogue. Until it is first edited, it is the seed catalogue.
/// </summary>
public sealed record ManagedSourceCatalogue
{
    public static readonly Guid StreamId = new("6a1d1a7e-0000-4000-8000-000000000002");

    public Guid Id { get; init; } = StreamId;
    public IReadOnlyList<LeadSource> Sources { get; init; } = SourceCatalogue.Seed.Sources;
    public int Version { get; init; }

    public SourceCatalogue Catalogue => new(Sources);

    public static ManagedSourceCatalogue Create(LeadSourceSaved e) => new ManagedSourceCatalogue().Apply(e);

    public ManagedSourceCatalogue Apply(LeadSourceSaved e) => this with
    {
        Sources = Sources.Any(s => s.Id == e.Source.Id)
            ? Sources.Select(s => s.Id == e.Source.Id ? e.Source : s).ToList()
            : [.. Sources, e.Source],
    };
}
