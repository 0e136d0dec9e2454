using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Features.EndOfTerm;
using Leasing.Testing;
using Marten;
using Wolverine.Tracking;
using static Leasing.Integration.Tests.Contracts.ContractDriver;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Integration.Tests.Contracts;

public sealed class DeliveryTests(LeasingApp app) : IntegrationTest(app)
{
    private readonly ContractDriver _contracts = new(app);

    private async Task<Guid> FirmAsync(OfferSpec? spec = null)
    {
        var id = await _contracts.OpenAsync(spec);
        await _contracts.CompleteFileAsync(id);
        await _contracts.ApproveAsync(id);
        await _contracts.SignAsync(id);
        return id;
    }

    [Fact]
    public async Task Delivery_activates_the_contract_and_tells_the_services_desk_everything_about_vehicle_driver_and_services()
    {
        var id = await FirmAsync(new OfferSpec(Product: "LLD", CustomerType: "Business", CompanyId: "SIREN-552100554", CustomerName: "Transports Rhône"));
        await _contracts.PutAsync($"/api/contracts/{id}/services", new
        {
            assistance = true, maintenance = true, tyres = true, tyresAllowed = 6, replacementVehicle = true, replacementVehicleCategory = "C",
            replacementVehicleDaysAllowed = 10, insurance = true, insuranceCover = "Tous risques", insuranceDeductible = 500m, fuelCard = true,
            expectedVersion = (await _contracts.LoadAsync(id)).Version,
        });

        var tracked = await _contracts.DeliverAsync(id, new DateOnly(2026, 12, 10), odometerKm: 12);

        var delivered = tracked.FindSingleTrackedMessageOfType<ContractEvents.VehicleDelivered>();
        Assert.Equal(("GH-123-JK", "VF3M45GFRKS123456"), (delivered.Registration, delivered.Vin));
        Assert.Equal(("Peugeot", "308"), (delivered.Make, delivered.Model));
        Assert.Equal(("Claire Martin", "06 12 34 56 78", "claire@example.fr"), (delivered.DriverName, delivered.DriverPhone, delivered.DriverEmail));
        Assert.Equal("SIREN-552100554", delivered.CompanyId);
        Assert.True(delivered.ReplacementVehicleIncluded);
        Assert.Equal(("C", 10), (delivered.ReplacementVehicleCategory, delivered.ReplacementVehicleDaysAllowed));
        Assert.Equal(("Tous risques", 500m), (delivered.InsuranceCover, delivered.InsuranceDeductible));
        Assert.True(delivered.AssistanceIncluded);
        Assert.Equal((new DateOnly(2026, 12, 10), new DateOnly(2029, 12, 9)), (delivered.DeliveredOn, delivered.EndsOn));
        Assert.Equal(36_000, delivered.ContractMileageKm);

        var endOfTerm = tracked.Scheduled.SingleMessage<AnnounceEndOfTerm>();
        Assert.Equal(new DateOnly(2029, 12, 9), endOfTerm.EndsOn);
        var contract = await _contracts.LoadAsync(id);
        Assert.Equal(ContractStatus.Active, contract.Status);
        Assert.Equal(12, contract.DeliveryOdometerKm);
        Assert.Single(contract.DeliveryPhotos);
        await using var session = App.Store.QuerySession();
        Assert.Equal(new DateOnly(2026, 12, 10), (await session.LoadAsync<BillingCursor>(id))!.NextPeriodStart);
    }

    [Fact]
    public async Task A_hand_over_without_the_hotline_card_or_a_photo_is_refused_naming_the_fields_and_nothing_is_stored()
    {
        var id = await FirmAsync();
        _contracts.SetDay(new DateOnly(2026, 12, 10));
        await _contracts.CommandAsync(id, "order", Body(("supplier", "Peugeot Lyon"), ("orderReference", "CMD-1"), ("expectedDeliveryOn", "2026-12-10")));
        await _contracts.CommandAsync(id, "preparation", Body(("registration", "GH-123-JK")));
        var version = (await _contracts.LoadAsync(id)).Version;
        var before = await _contracts.EventCountAsync();

        var problem = await _contracts.CommandAsync(id, "delivery", Body(("odometerKm", 12),
            ("checklist", new { hotlineCardHandedOver = false, userGuideHandedOver = true, keysHandedOver = 2 }), ("photos", Array.Empty<object>())), 400);
        Assert.Contains("checklist.hotlineCardHandedOver", ErrorFields(problem));
        problem = await _contracts.CommandAsync(id, "delivery", Body(("odometerKm", 12),
            ("checklist", new { hotlineCardHandedOver = true, userGuideHandedOver = true, keysHandedOver = 2 }), ("photos", Array.Empty<object>())), 400);
        Assert.Equal(["photos"], ErrorFields(problem));
        var badPlate = await _contracts.PostAsync($"/api/contracts/{id}/preparation", new { registration = "123 ABC 69", expectedVersion = version }, 400);
        Assert.Equal(["registration"], ErrorFields(badPlate));

        Assert.Equal(before, await _contracts.EventCountAsync());
        Assert.Equal(ContractStatus.VehiclePrepared, (await _contracts.LoadAsync(id)).Status);
    }
}
