using Leasing.Contracts.ReadModels;
using Leasing.Testing;
using static Leasing.Integration.Tests.Contracts.ContractDriver;

namespace Leasing.Integration.Tests.Contracts;

public sealed class AccessTests(LeasingApp app) : IntegrationTest(app)
{
    private readonly ContractDriver _contracts = new(app);

    [Fact]
    public async Task A_fleet_manager_of_company_A_reads_only_A_s_contracts_read_only_and_gets_404_on_company_B_s()
    {
        var ofA = await _contracts.ActiveContractAsync(new OfferSpec(Product: "LLD", CustomerType: "Business", CompanyId: "DEMO-FLEET-001",
            CustomerName: "Demo Fleet"), deliveredOn: new DateOnly(2026, 12, 10));
        var ofB = await _contracts.ActiveContractAsync(new OfferSpec(Product: "LLD", CustomerType: "Business", CompanyId: "COMPANY-B",
            CustomerName: "Société B"), deliveredOn: new DateOnly(2026, 12, 10));
        await _contracts.PostAsync("/api/users", new
        {
            userName = "fleet-b", displayName = "Gestionnaire B", password = TestHostSettings.Password, roles = new[] { "FleetManager" }, companyId = "COMPANY-B",
        }, 201, user: "admin");

        var listA = await _contracts.GetAsync<ContractPage>("/api/contracts", user: "fleetmanager");
        Assert.Equal([ofA], listA.Items.Select(i => i.Id).ToArray());
        var listB = await _contracts.GetAsync<ContractPage>("/api/contracts", user: "fleet-b");
        Assert.Equal([ofB], listB.Items.Select(i => i.Id).ToArray());
        Assert.Equal(2, (await _contracts.GetAsync<ContractPage>("/api/contracts", user: "backoffice")).Total);

        await _contracts.GetStatusAsync($"/api/contracts/{ofA}", 200, "fleetmanager");
        foreach (var path in new[] { "", "/schedule", "/invoices", "/mileage", "/settlement?on=2027-01-15" })
            await _contracts.GetStatusAsync($"/api/contracts/{ofB}{path}", 404, "fleetmanager");
        await _contracts.GetStatusAsync($"/api/contracts/{ofB}/files/{ofB}", 404, "fleetmanager");

        // Read-only: no command, not even on their own company's contract.
        await _contracts.CommandAsync(ofA, "readings", Body(("readOn", "2026-12-10"), ("odometerKm", 20), ("source", "FleetManager")), 403, user: "fleetmanager");
        await _contracts.PostAsync("/api/billing-runs", new { month = "2026-12" }, 403, user: "fleetmanager");
    }

    [Fact]
    public async Task Roles_outside_contracts_are_kept_out_and_the_list_filters_by_status_customer_and_end_date_in_the_database()
    {
        var running = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 10));
        var study = await _contracts.OpenAsync(new OfferSpec(CustomerName: "Paul Durand"));
        await _contracts.GetStatusAsync("/api/contracts", 403, "claims");
        await _contracts.GetStatusAsync("/api/contracts", 403, "processowner");

        var active = await _contracts.GetAsync<ContractPage>("/api/contracts?status=Active");
        Assert.Equal([running], active.Items.Select(i => i.Id).ToArray());
        var byName = await _contracts.GetAsync<ContractPage>("/api/contracts?customer=durand");
        Assert.Equal([study], byName.Items.Select(i => i.Id).ToArray());
        var ending = await _contracts.GetAsync<ContractPage>("/api/contracts?endsFrom=2029-12-01&endsTo=2029-12-31");
        Assert.Equal([running], ending.Items.Select(i => i.Id).ToArray());
        var paged = await _contracts.GetAsync<ContractPage>("/api/contracts?page=2&pageSize=1&sort=number&direction=asc");
        Assert.Equal((2, 1), ((int)paged.Total, paged.Items.Count));

        var token = await _contracts.TokenAsync("backoffice");
        var bad = await Host.Scenario(s => { s.Get.Url("/api/contracts?status=Sleeping&pageSize=500"); s.WithBearerToken(token); s.StatusCodeShouldBe(400); });
        Assert.Equal(["pageSize", "status"], ErrorFields(await bad.ReadAsTextAsync()).Order().ToArray());
    }
}
