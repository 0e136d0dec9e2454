using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.ReadModels;
using Leasing.Offers.IntegrationEvents;
using Leasing.Testing;
using Marten;
using Wolverine.Tracking;
using static Leasing.Integration.Tests.Contracts.ContractDriver;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Integration.Tests.Contracts;

public sealed class MileageTests(LeasingApp app) : IntegrationTest(app)
{
    private readonly ContractDriver _contracts = new(app);
    private static readonly OfferSpec Business = new(Product: "LLD", CustomerType: "Business", CompanyId: "DEMO-FLEET-001", CustomerName: "Transports Rhône");

    [Fact]
    public async Task A_reading_lower_than_the_last_or_implausible_or_in_the_future_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var id = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 10));
        _contracts.SetDay(new DateOnly(2027, 1, 10));
        await _contracts.CommandAsync(id, "readings", Body(("readOn", "2027-01-10"), ("odometerKm", 1_500), ("source", "Driver")));
        var before = await _contracts.EventCountAsync();

        var lower = await _contracts.CommandAsync(id, "readings", Body(("readOn", "2027-01-10"), ("odometerKm", 1_200), ("source", "Garage")), 400);
        Assert.Equal(["odometerKm"], ErrorFields(lower));
        Assert.Contains("lower than the last reading (1500 km", lower);
        var implausible = await _contracts.CommandAsync(id, "readings", Body(("readOn", "2027-01-10"), ("odometerKm", 9_000), ("source", "FleetManager")), 400);
        Assert.Equal(["odometerKm"], ErrorFields(implausible));
        Assert.Contains("km a day", implausible);
        var future = await _contracts.CommandAsync(id, "readings", Body(("readOn", "2027-01-11"), ("odometerKm", 1_600), ("source", "Driver")), 400);
        Assert.Equal(["readOn"], ErrorFields(future));
        var unknown = await _contracts.CommandAsync(id, "readings", Body(("readOn", "2027-01-10"), ("odometerKm", 1_600), ("source", "Neighbour")), 400);
        Assert.Equal(["source"], ErrorFields(unknown));

        Assert.Equal(before, await _contracts.EventCountAsync());
        Assert.Equal(1_500, (await _contracts.LoadAsync(id)).LastOdometerKm);
    }

    [Fact]
    public async Task A_projection_over_15_percent_alerts_the_account_and_fleet_managers_and_the_accepted_amendment_reprices_from_the_next_invoice()
    {
        var id = await _contracts.ActiveContractAsync(Business, deliveredOn: new DateOnly(2026, 12, 10)); // 36 000 km over 10/12/2026–09/12/2029
        _contracts.SetDay(new DateOnly(2027, 4, 9));
        await _contracts.BillAsync("2027-04"); // December's days to April, at 40 € of services a month

        // 5 000 km in 120 days: 5 000 × 1 096 / 120 = 45 667 km projected, 26,85 % over the allowance.
        var tracked = await _contracts.TrackAsync(() => _contracts.CommandAsync(id, "readings",
            Body(("readOn", "2027-04-09"), ("odometerKm", 5_012), ("source", "FleetManager"), ("reportedBy", "M. Girard"))));
        var alert = Assert.Single(tracked.Published<ContractEvents.MileageDeviationDetected>());
        Assert.Equal((36_000, 45_667, 26.85m), (alert.ContractMileageKm, alert.ProjectedMileageKm, alert.DeviationPercent));
        Assert.Equal((16_000, 36), (alert.ProposedAnnualMileageKm, alert.ProposedTermMonths));
        // Re-priced by the Offers engine: the residual value is unchanged, so the rent is; the per-km services follow 16 000 km.
        var expected = ContractPricing.Amend(Business.Terms, 4, 36, 16_000).Price;
        Assert.Equal(expected.MonthlyTotalExcludingVat, alert.ProposedMonthlyTotalExcludingVat);
        Assert.Equal(429.06m + 53.33m, alert.ProposedMonthlyTotalExcludingVat);
        Assert.Equal(469.06m, alert.CurrentMonthlyTotalExcludingVat);
        Assert.Equal("DEMO-FLEET-001", alert.CompanyId);

        await using (var session = App.Store.QuerySession())
        {
            var tasks = await session.Query<ContractTask>().Where(t => t.ContractId == id && t.Status == ContractTaskStatus.Open).ToListAsync();
            Assert.Equal([TaskKind.MileageAlert, TaskKind.FleetMileageAlert], tasks.Select(t => t.Kind).Order().ToArray());
        }
        var fleetTasks = await _contracts.GetAsync<List<ContractTask>>("/api/contract-tasks", user: "fleetmanager");
        Assert.Equal(TaskKind.FleetMileageAlert, Assert.Single(fleetTasks).Kind);

        // A second reading while the proposal is open alerts nobody again.
        _contracts.SetDay(new DateOnly(2027, 4, 20));
        var again = await _contracts.TrackAsync(() => _contracts.CommandAsync(id, "readings", Body(("readOn", "2027-04-20"), ("odometerKm", 5_600), ("source", "Driver"))));
        Assert.Empty(again.Published<ContractEvents.MileageDeviationDetected>());

        var accepted = await _contracts.TrackAsync(() => _contracts.CommandAsync(id, "amendment-decision", Body(("proposalId", alert.ProposalId), ("accept", true))));
        var amended = accepted.FindSingleTrackedMessageOfType<ContractEvents.ContractAmended>();
        Assert.Equal((1, 16_000, 48_000, new DateOnly(2027, 5, 1)), (amended.AmendmentNumber, amended.AnnualMileageKm, amended.ContractMileageKm, amended.EffectiveFrom));
        var contract = await _contracts.LoadAsync(id);
        Assert.Equal(48_000, contract.Terms.ContractMileageKm);
        Assert.Null(contract.PendingAmendment);

        _contracts.SetDay(new DateOnly(2027, 5, 1));
        await _contracts.BillAsync("2027-05");
        var invoices = await _contracts.InvoicesAsync(id);
        Assert.Equal(40.00m, Services(invoices.Single(i => i.PeriodStart == new DateOnly(2027, 4, 1))));
        Assert.Equal(53.33m, Services(invoices.Single(i => i.PeriodStart == new DateOnly(2027, 5, 1))));
        Assert.Equal(482.39m, invoices.Single(i => i.PeriodStart == new DateOnly(2027, 5, 1)).Total.ExcludingVat);
    }

    [Fact]
    public async Task A_declined_amendment_keeps_the_contract_and_closes_the_alerts()
    {
        var id = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 10));
        _contracts.SetDay(new DateOnly(2027, 4, 9));
        // 1 500 km in 120 days: 13 700 km projected, 61,94 % under the allowance.
        var tracked = await _contracts.TrackAsync(() => _contracts.CommandAsync(id, "readings", Body(("readOn", "2027-04-09"), ("odometerKm", 1_512), ("source", "Driver"))));
        var alert = tracked.FindSingleTrackedMessageOfType<ContractEvents.MileageDeviationDetected>();
        Assert.True(alert.DeviationPercent < -15m);

        await _contracts.CommandAsync(id, "amendment-decision", Body(("proposalId", alert.ProposalId), ("accept", false)), 400);
        await _contracts.CommandAsync(id, "amendment-decision", Body(("proposalId", alert.ProposalId), ("accept", false), ("reason", "Télétravail temporaire")));

        var contract = await _contracts.LoadAsync(id);
        Assert.Equal(12_000, contract.Terms.AnnualMileageKm);
        Assert.Empty(contract.OpenTasks);
    }

    private static decimal Services(Invoice invoice) => invoice.Lines.Single(l => l.Kind == InvoiceLineKind.Services).Amounts.ExcludingVat;
}
