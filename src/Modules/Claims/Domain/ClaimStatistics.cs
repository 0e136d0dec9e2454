using Leasing.Kernel.Monetary;

namespace Leasing.Claims.Domain;

/// <summary>Open claims at one stage, by age since declaration.</summary>
public sealed record StageAges(ClaimStage Stage, int Open, int UpToTwoDays, int ThreeToSevenDays, int EightToThirtyDays, int OverThirtyDays);

public sealed record SlaBreach(Guid ClaimId, string Number, string Registration, SlaKind Kind, DateTimeOffset DueBy, DateTimeOffset? MetAt);

public sealed record GarageCosts(string Garage, int Claims, decimal Authorised, decimal Invoiced, double? AverageDaysInGarage);

public sealed record ReplacementDays(string Category, int Loans, int DaysUsed, int ExcessDays);

/// <summary>
/// The claims desk's figures. Open claims are counted as they stand now; repairs, replacement days, costs and breaches
/// over the claims declared in the period (a breach is counted once, on the claim that missed its deadline).
/// </summary>
public sealed record ClaimStatistics(
    int OpenClaims, int DeclaredInPeriod, int ClosedInPeriod, IReadOnlyList<StageAges> OpenByStage, IReadOnlyList<SlaBreach> SlaBreaches,
    double? AverageDaysDeclarationToReturn, double? AverageDaysInGarage, int RepairsCounted, IReadOnlyList<ReplacementDays> ReplacementVehicleDays,
    IReadOnlyList<GarageCosts> CostsByGarage, decimal OpenBalance)
{
    public static ClaimStatistics Compute(IReadOnlyList<Claim> claims, DateOnly from, DateOnly to, DateTimeOffset now)
    {
        bool InPeriod(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime) is var day && day >= from && day <= to;
        var open = claims.Where(c => c.IsOpen).ToList();
        var declared = claims.Where(c => InPeriod(c.DeclaredAt)).ToList();

        var byStage = open.GroupBy(c => c.Stage).OrderBy(g => g.Key).Select(g =>
        {
            int Aged(double min, double max) => g.Count(c => (now - c.DeclaredAt).TotalDays is var days && days >= min && days < max);
            return new StageAges(g.Key, g.Count(), Aged(0, 3), Aged(3, 8), Aged(8, 31), Aged(31, double.MaxValue));
        }).ToList();

        var breaches = declared.SelectMany(c => ClaimSla.Checks(c, now).Where(s => s.Breached(now))
            .Select(s => new SlaBreach(c.Id, c.Number, c.Registration, s.Kind, s.DueBy, s.MetAt))).OrderBy(b => b.DueBy).ToList();

        var returned = declared.Where(c => c.Repair?.ReturnedToDriverOn is not null).ToList();
        double? toReturn = returned.Count == 0 ? null
            : Math.Round(returned.Average(c => c.Repair!.ReturnedToDriverOn!.Value.DayNumber - DateOnly.FromDateTime(c.DeclaredAt.UtcDateTime).DayNumber), 1);
        var repaired = declared.Where(c => c.Repair is { CompletedOn: not null, AuthorisedAt: not null }).ToList();
        double? inGarage = repaired.Count == 0 ? null : Math.Round(repaired.Average(DaysInGarage), 1);

        var replacement = declared.Where(c => c.Replacement is not null).GroupBy(c => c.Replacement!.Category)
            .Select(g => new ReplacementDays(g.Key, g.Count(), g.Sum(c => c.Replacement!.DaysUsed ?? DaysSoFar(c.Replacement!, now)), g.Sum(c => c.Replacement!.ExcessDays ?? 0)))
            .OrderByDescending(r => r.DaysUsed).ToList();

        var garages = declared.Where(c => c.Repair?.AuthorisedAmount is not null).GroupBy(c => c.Repair!.Garage, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var done = g.Where(c => c.Repair!.CompletedOn is not null).ToList();
                return new GarageCosts(g.First().Repair!.Garage, g.Count(), MoneyRounding.ToCent(g.Sum(c => c.Repair!.AuthorisedAmount!.Value)),
                    MoneyRounding.ToCent(g.Sum(c => c.Ledger.RepairInvoiced)), done.Count == 0 ? null : Math.Round(done.Average(DaysInGarage), 1));
            })
            .OrderByDescending(g => g.Invoiced).ThenByDescending(g => g.Authorised).ToList();

        return new ClaimStatistics(open.Count, declared.Count, claims.Count(c => c.ClosedAt is { } closed && InPeriod(closed)), byStage, breaches,
            toReturn, inGarage, returned.Count, replacement, garages, MoneyRounding.ToCent(open.Sum(c => c.Ledger.Balance)));
    }

    private static double DaysInGarage(Claim claim) =>
        claim.Repair!.CompletedOn!.Value.DayNumber - DateOnly.FromDateTime(claim.Repair.AuthorisedAt!.Value.UtcDateTime).DayNumber;

    private static int DaysSoFar(ReplacementVehicleLoan loan, DateTimeOffset now) =>
        ReplacementAllowance.DaysUsed(loan.StartsOn, DateOnly.FromDateTime(now.UtcDateTime));
}
