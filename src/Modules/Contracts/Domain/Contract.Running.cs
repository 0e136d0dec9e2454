using Leasing.Contracts.Domain.Mileage;

namespace Leasing.Contracts.Domain;

public sealed record AmendmentRecord(int Number, Guid ProposalId, int AnnualMileageKm, int TermMonths, DateOnly EffectiveFrom, RentFigures Figures,
    DateTimeOffset At);

public sealed partial record Contract
{
    public IReadOnlyList<OdometerReading> Readings { get; init; } = [];
    public DateOnly? LastReadOn { get; init; }
    public int? LastOdometerKm { get; init; }
    public MileageForecast? Forecast { get; init; }
    public AmendmentProposed? PendingAmendment { get; init; }
    public IReadOnlyList<AmendmentRecord> Amendments { get; init; } = [];
    public DateOnly? EndOfTermAnnouncedOn { get; init; }
    public EndOfTermChoice? EndOfTermChoice { get; init; }

    public Contract Apply(OdometerReadingRecorded e) => this with
    {
        Readings = [.. Readings, new OdometerReading(e.ReadingId, e.ReadOn, e.OdometerKm, e.Source, e.ReportedBy)],
        LastReadOn = e.ReadOn, LastOdometerKm = e.OdometerKm, Forecast = e.Forecast ?? Forecast, UpdatedAt = e.At,
    };

    public Contract Apply(AmendmentProposed e) => this with { PendingAmendment = e, UpdatedAt = e.At };

    public Contract Apply(AmendmentAccepted e) => this with
    {
        PendingAmendment = null, Terms = e.Terms, Figures = e.Figures, EndsOn = e.EndsOn,
        Amendments = [.. Amendments, new AmendmentRecord(e.Number, e.ProposalId, e.AnnualMileageKm, e.TermMonths, e.EffectiveFrom, e.Figures, e.At)],
        UpdatedAt = e.At,
    };

    public Contract Apply(AmendmentDeclined e) => this with { PendingAmendment = null, UpdatedAt = e.At };

    public Contract Apply(EndOfTermAnnounced e) => this with { EndOfTermAnnouncedOn = DateOnly.FromDateTime(e.At.UtcDateTime), UpdatedAt = e.At };

    public Contract Apply(EndOfTermChoiceRecorded e) => this with { EndOfTermChoice = e.Choice, UpdatedAt = e.At };
}
