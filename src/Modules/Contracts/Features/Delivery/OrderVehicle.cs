using Leasing.Contracts.Domain;
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
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Delivery;

/// <summary>The lessor orders the vehicle once the contract is firm (no money is committed while the customer may still withdraw).</summary>
public sealed record OrderVehicle(string? Supplier, string? OrderReference, DateOnly? ExpectedDeliveryOn, long? ExpectedVersion);

public static class OrderVehicleEndpoint
{
    public static ProblemDetails Validate(OrderVehicle command) => new FieldErrors()
        .Required(command.Supplier, "supplier").Required(command.OrderReference, "orderReference").Required(command.ExpectedDeliveryOn, "expectedDeliveryOn")
        .ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/order", Name = "OrderVehicle")]
    [Tags("Contracts")]
    public static Task<IResult> Post(Guid id, OrderVehicle command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract =>
        {
            if (contract.Status != ContractStatus.ReadyToOrder)
                return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "ordered", ContractStatus.ReadyToOrder));
            if (command.ExpectedDeliveryOn < clock.Today())
                return ContractChange.Refuse(Problems.Field("expectedDeliveryOn", "The expected delivery date cannot be in the past."));
            var now = clock.GetUtcNow();
            return ContractChange.Append(new VehicleOrderPlaced(contract.Id, command.Supplier!.Trim(), command.OrderReference!.Trim(),
                    command.ExpectedDeliveryOn!.Value, now))
                .Publish(new Integration.VehicleOrdered(contract.Id, contract.Number, contract.QuoteId, contract.LeadId, contract.Vehicle.Make,
                    contract.Vehicle.Model, contract.Vehicle.Version, command.Supplier.Trim(), command.OrderReference.Trim(), command.ExpectedDeliveryOn.Value, now));
        }, cancellation);
}
