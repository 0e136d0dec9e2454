using JasperFx.Events;
using Leasing.Claims.Domain;

namespace Leasing.Claims.Tests.Domain;

/// <summary>Claims built the way Marten builds them: the opening event, then each step's event applied in turn.</summary>
internal static class Claims
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static ClaimCoverage Coverage(bool replacement = true, decimal? deductible = 300m, bool insurance = true) =>
        new(replacement, replacement ? "B" : null, replacement ? 10 : 0, insurance, "AllRisks", deductible, true);

    public static Claim Opened(ClaimKind kind = ClaimKind.Collision, ClaimCoverage? coverage = null, bool drivable = false, bool injuries = false)
    {
        var id = Guid.CreateVersion7();
        var vehicle = new InsuredVehicleSnapshot(Guid.CreateVersion7(), "CTR-1", "Transports Durand", "Business", "DEMO-FLEET-001", "AB-123-CD", null,
            "Peugeot", "308", new DateOnly(2026, 1, 15), new DateOnly(2029, 1, 14));
        var incident = new Incident(kind, Monday.AddHours(-1), "Paris", "Choc à l'arrière dans un bouchon.", drivable, injuries, null, null, []);
        var opened = new ClaimOpened(id, "SIN-2026-000001", vehicle, new DriverContact("Paul Durand", "+33612345678", null), coverage ?? Coverage(), incident,
            DeclarationChannel.Hotline, ClaimSla.ExpertAppointmentDueBy(Monday), "hash", Monday);
        return Claim.Create(new Event<ClaimOpened>(opened) { UserName = "claims" });
    }

    public static Claim With(this Claim claim, params object[] events) => events.Aggregate(claim, (state, e) => e switch
    {
        AttachmentAdded x => state.Apply(x),
        ClaimTriageRecorded x => state.Apply(x),
        AssistanceSent x => state.Apply(x),
        ReplacementVehicleLent x => state.Apply(x),
        ReplacementVehicleBack x => state.Apply(x),
        ExpertMissioned x => state.Apply(x),
        ExpertReportRecorded x => state.Apply(x),
        RepairApprovalAsked x => state.Apply(x),
        RepairApprovalDeclined x => state.Apply(x),
        RepairAuthorisationGiven x => state.Apply(x),
        RepairFinished x => state.Apply(x),
        VehicleHandedBack x => state.Apply(x),
        InvoiceReceived x => state.Apply(x),
        InsurerClaimLodged x => state.Apply(x),
        InsurerPaid x => state.Apply(x),
        ContractTerminationRequested x => state.Apply(x),
        ContractTerminatedAfterLoss x => state.Apply(x),
        ClaimRequestRefused x => state.Apply(x),
        ClaimFinalised x => state.Apply(x),
        _ => throw new ArgumentException(e.GetType().Name),
    });

    public static Claim Reported(this Claim claim, decimal estimate, bool totalLoss = false, decimal? value = null) => claim.With(
        new ExpertMissioned(claim.Id, "BCA", null, null, true, Monday.AddHours(2)),
        new ExpertReportRecorded(claim.Id, estimate, totalLoss, value, ClaimSla.RepairAuthorisationDueBy(Monday.AddDays(1)), Monday.AddDays(1)));

    public static Claim Events(this Claim claim, Features.ClaimDecision decision) =>
        decision.Decision.Refusal is null ? claim.With([.. decision.Decision.Events]) : throw new InvalidOperationException(decision.Decision.Refusal.Detail);
}
