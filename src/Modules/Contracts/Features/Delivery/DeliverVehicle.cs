using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Features.EndOfTerm;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Contracts.Features.Delivery;

public sealed record HandOverInput(bool HotlineCardHandedOver, bool UserGuideHandedOver, int? KeysHandedOver, bool RegistrationCertificateHandedOver,
    string? Notes);

public sealed record DriverInput(string? Name, string? Phone, string? Email);

/// <summary>
/// The vehicle is handed over: date, odometer, the hand-over checklist (the driver gets the hotline card and the user
/// guide, seed 000), photos, the driver. Delivery activates the contract: it runs from this day for its term, billing
/// starts from it, and the end-of-term timer is set six months before the end.
/// </summary>
public sealed record DeliverVehicle(DateOnly? DeliveredOn, int? OdometerKm, HandOverInput? Checklist, IReadOnlyList<PhotoInput>? Photos,
    DriverInput? Driver, long? ExpectedVersion);

public static class DeliverVehicleEndpoint
{
    public const int MaxDeliveryOdometerKm = 50_000;

    public static ProblemDetails Validate(DeliverVehicle command)
    {
        var errors = new FieldErrors()
            .Required(command.OdometerKm, "odometerKm")
            .When(command.OdometerKm is < 0 or > MaxDeliveryOdometerKm, "odometerKm", $"Between 0 and {MaxDeliveryOdometerKm} km at delivery.")
            .When(command.Checklist is null, "checklist", "'checklist' is required.")
            .When(command.Checklist is { HotlineCardHandedOver: false }, "checklist.hotlineCardHandedOver",
                "The driver must receive the hotline card (carte accréditive) at delivery.")
            .When(command.Checklist is { UserGuideHandedOver: false }, "checklist.userGuideHandedOver",
                "The driver must receive the user guide at delivery.")
            .When(command.Checklist is { KeysHandedOver: null or < 1 or > 5 }, "checklist.keysHandedOver", "Between 1 and 5 keys.")
            .When(command.Driver?.Email is { Length: > 0 } email && !email.Contains('@'), "driver.email", "Not an e-mail address.");
        return errors.ExpectedVersion(command.ExpectedVersion).ToProblem();
    }

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/delivery", Name = "DeliverVehicle")]
    [Tags("Contracts")]
    public static Task<IResult> Post(Guid id, DeliverVehicle command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract => Decide(command, contract, clock.Today(), clock.GetUtcNow()),
            cancellation);

    public static ContractChange Decide(DeliverVehicle command, Contract contract, DateOnly today, DateTimeOffset now)
    {
        if (contract.Status != ContractStatus.VehiclePrepared)
            return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "delivered", ContractStatus.VehiclePrepared));
        var errors = new FieldErrors();
        var deliveredOn = command.DeliveredOn ?? today;
        errors.When(deliveredOn > today, "deliveredOn", "Cannot be in the future.")
            .When(deliveredOn < contract.PreparedOn, "deliveredOn", $"The vehicle was prepared on {contract.PreparedOn:yyyy-MM-dd}.");
        var driver = DriverOf(command.Driver, contract, errors);
        var photos = PhotoInputs.ToFiles(command.Photos, contract.Id, "delivery-photo", now, errors, required: true);
        if (errors.Any) return ContractChange.Refuse(errors.ToProblem());

        var endsOn = deliveredOn.AddMonths(contract.Terms.TermMonths).AddDays(-1);
        var c = command.Checklist!;
        var handedOver = new VehicleHandedOver(contract.Id, deliveredOn, endsOn, command.OdometerKm!.Value,
            new HandOverChecklist(c.HotlineCardHandedOver, c.UserGuideHandedOver, c.KeysHandedOver!.Value, c.RegistrationCertificateHandedOver, c.Notes),
            photos!.Select(p => p.ToReference()).ToList(), driver!, now);
        var endOfTerm = AnnounceEndOfTerm.For(contract.Id, endsOn);
        return ContractChange.Append(handedOver)
            .Store([.. photos!, new BillingCursor { Id = contract.Id, NextPeriodStart = deliveredOn }])
            .Publish(IntegrationMessages.Delivered(contract, handedOver))
            .Schedule(endOfTerm, AnnounceEndOfTerm.DueAt(endsOn));
    }

    /// <summary>An individual drives their own car unless told otherwise; a business names its driver.</summary>
    private static Driver? DriverOf(DriverInput? input, Contract contract, FieldErrors errors)
    {
        if (input?.Name is { Length: > 0 } name) return new Driver(name.Trim(), input.Phone?.Trim(), input.Email?.Trim());
        if (contract.Customer.Type == CustomerType.Individual) return new Driver(contract.CustomerName, contract.Customer.Phone, contract.Customer.Email);
        errors.Add("driver.name", "A business customer's driver must be named.");
        return null;
    }
}
