using Leasing.Contracts.Domain.Mileage;

namespace Leasing.Contracts.Domain;

public sealed record OdometerReadingRecorded(Guid ContractId, Guid ReadingId, DateOnly ReadOn, int OdometerKm, ReadingSource Source,
    string? ReportedBy, MileageForecast? Forecast, DateTimeOffset At);

/// <summary>
/// The projection deviates more than 15 % from the allowance: an amendment is proposed, re-priced by the Offers engine
/// (residual value unchanged), effective from <c>EffectiveFrom</c>, the first day of the next month.
/// </summary>
public sealed record AmendmentProposed(Guid ContractId, Guid ProposalId, MileageForecast Forecast, int AnnualMileageKm, int TermMonths,
    int ContractMileageKm, DateOnly EffectiveFrom, int MonthsPaid, RentFigures Figures, DateTimeOffset At);

public sealed record AmendmentAccepted(Guid ContractId, Guid ProposalId, int Number, int AnnualMileageKm, int TermMonths, DateOnly EndsOn,
    DateOnly EffectiveFrom, int MonthsPaid, ContractTerms Terms, RentFigures Figures, DateTimeOffset At);

public sealed record AmendmentDeclined(Guid ContractId, Guid ProposalId, string Reason, DateTimeOffset At);

public sealed record EndOfTermAnnounced(Guid ContractId, DateOnly EndsOn, Guid TaskId, DateTimeOffset At);

public enum EndOfTermChoice { Return, Buy, Renew }

public sealed record EndOfTermChoiceRecorded(Guid ContractId, EndOfTermChoice Choice, string? Note, DateTimeOffset At);
