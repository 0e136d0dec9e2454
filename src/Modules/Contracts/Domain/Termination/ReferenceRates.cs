namespace Leasing.Contracts.Domain.Termination;

/// <summary>
/// Art. D.312-18 discounts a consumer LOA's unpaid future rents at "le taux moyen de rendement des obligations émises au
/// cours du semestre civil précédant la date de conclusion du contrat, majoré de la moitié": the TMO of the half-year
/// before signature, × 1.5. The TMO is published by the Banque de France; the table is data the lessor keeps up to date.
/// </summary>
public sealed record ReferenceRates(IReadOnlyList<ReferenceRate> Rates)
{
    public const string DocumentId = "tmo";

    /// <summary>Example values to be replaced by the published TMO; the figures of the tests are built on 3.00 %.</summary>
    public static readonly ReferenceRates Default = new(
    [
        new("2025-S1", 3.00m), new("2025-S2", 3.00m), new("2026-S1", 3.00m), new("2026-S2", 3.00m),
        new("2027-S1", 3.00m), new("2027-S2", 3.00m),
    ]);

    /// <summary>"2026-S1" for a contract signed between July and December 2026; "2025-S2" for one signed in the first half.</summary>
    public static string SemesterBefore(DateOnly signedOn) =>
        signedOn.Month <= 6 ? $"{signedOn.Year - 1}-S2" : $"{signedOn.Year}-S1";

    /// <summary>The D.312-18 annual rate for a contract signed on <paramref name="signedOn"/> (TMO × 1.5), or null when the table lacks it.</summary>
    public decimal? D31218RateFor(DateOnly signedOn) =>
        Rates.LastOrDefault(r => r.Semester == SemesterBefore(signedOn)) is { } rate ? rate.TmoPercent * 1.5m : null;
}

public sealed record ReferenceRate(string Semester, decimal TmoPercent);
