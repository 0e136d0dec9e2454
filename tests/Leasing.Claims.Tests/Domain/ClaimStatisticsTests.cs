using Leasing.Claims.Domain;

namespace Leasing.Claims.Tests.Domain;

public sealed class ClaimStatisticsTests
{
    [Fact]
    public void Open_claims_by_stage_and_age_breaches_repair_times_replacement_days_and_costs_by_garage()
    {
        var now = Claims.Monday.AddDays(10);
        var repaired = Claims.Opened().Reported(2000m).With(
            new RepairAuthorisationGiven(Guid.Empty, "Garage du Centre", 1800m, false, null, true, Claims.Monday.AddDays(1)),
            new ReplacementVehicleLent(Guid.Empty, "B", 5, new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 29), null, Claims.Monday.AddDays(1)),
            new RepairFinished(Guid.Empty, new DateOnly(2026, 11, 28), Claims.Monday.AddDays(5)),
            new VehicleHandedBack(Guid.Empty, new DateOnly(2026, 11, 29), Claims.Monday.AddDays(6)),
            new ReplacementVehicleBack(Guid.Empty, new DateOnly(2026, 11, 29), 5, 0, Claims.Monday.AddDays(6)),
            new InvoiceReceived(Guid.Empty, new ClaimInvoice(Guid.NewGuid(), InvoiceKind.Repair, "Garage du Centre", "F1", 1800m, Claims.Monday.AddDays(6))));
        var late = Claims.Opened(); // no expert after ten days: a breach, open for 10 days

        var stats = ClaimStatistics.Compute([repaired, late], new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), now);

        Assert.Equal(2, stats.OpenClaims);
        var declared = Assert.Single(stats.OpenByStage, s => s.Stage == ClaimStage.Declared);
        Assert.Equal((1, 1), (declared.Open, declared.EightToThirtyDays));
        var breach = Assert.Single(stats.SlaBreaches);
        Assert.Equal((late.Id, SlaKind.ExpertAppointment), (breach.ClaimId, breach.Kind));
        Assert.Equal(6.0, stats.AverageDaysDeclarationToReturn);
        Assert.Equal(4.0, stats.AverageDaysInGarage);
        Assert.Equal(new ReplacementDays("B", 1, 5, 0), Assert.Single(stats.ReplacementVehicleDays));
        Assert.Equal(new GarageCosts("Garage du Centre", 1, 1800m, 1800m, 4.0), Assert.Single(stats.CostsByGarage));
    }
}
