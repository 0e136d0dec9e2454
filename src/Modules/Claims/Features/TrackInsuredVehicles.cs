using Leasing.Claims.Domain;
using Leasing.Claims.ReadModels;
using Marten;
using Wolverine;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Claims.Features;

/// <summary>
/// Contracts' events keep the claims desk's list of insured vehicles: a delivery adds (or refreshes) the vehicle, the end of
/// the contract in any form ends it. Each handler is idempotent: a redelivered event writes the same document again.
/// </summary>
public static class VehicleDeliveredHandler
{
    public static void Handle(ContractEvents.VehicleDelivered e, IDocumentSession session) =>
        session.Store(new InsuredVehicle
        {
            Id = e.ContractId, ContractNumber = e.ContractNumber, CustomerName = e.CustomerName, CustomerType = e.CustomerType, CompanyId = e.CompanyId,
            Registration = Registrations.Display(e.Registration), RegistrationKey = Registrations.Key(e.Registration), Vin = e.Vin,
            Make = e.Make, Model = e.Model, DriverName = e.DriverName, DriverPhone = e.DriverPhone, DriverEmail = e.DriverEmail,
            ReplacementVehicleIncluded = e.ReplacementVehicleIncluded, ReplacementVehicleCategory = e.ReplacementVehicleCategory,
            ReplacementVehicleDaysAllowed = e.ReplacementVehicleDaysAllowed, InsuranceIncluded = e.InsuranceIncluded, InsuranceCover = e.InsuranceCover,
            InsuranceDeductible = e.InsuranceDeductible, AssistanceIncluded = e.AssistanceIncluded, DeliveredOn = e.DeliveredOn, EndsOn = e.EndsOn,
            Status = InsuredVehicleStatus.Active, UpdatedAt = e.DeliveredAt,
        });
}

public static class ContractEndHandler
{
    /// <summary>A termination ends the vehicle's contract and, after a total loss, is recorded on the claim behind it.</summary>
    public static async Task Handle(ContractEvents.ContractTerminated e, IDocumentSession session, IMessageContext context, CancellationToken cancellation)
    {
        await EndAsync(session, e.ContractId, $"Terminated:{e.Reason}", e.TerminatedOn, e.TerminatedAt, cancellation);
        await TotalLossTermination.RecordAsync(e, session, context, cancellation);
    }

    public static Task Handle(ContractEvents.VehicleReturned e, IDocumentSession session, CancellationToken cancellation) =>
        EndAsync(session, e.ContractId, "Returned", e.ReturnedOn, e.ReturnedAt, cancellation);

    public static Task Handle(ContractEvents.PurchaseOptionExercised e, IDocumentSession session, CancellationToken cancellation) =>
        EndAsync(session, e.ContractId, "Purchased", e.ExercisedOn, e.ExercisedAt, cancellation);

    public static Task Handle(ContractEvents.ContractClosed e, IDocumentSession session, CancellationToken cancellation) =>
        EndAsync(session, e.ContractId, $"Closed:{e.Outcome}", e.ClosedOn, e.ClosedAt, cancellation);

    /// <summary>The first end wins (a return then a closure keep "Returned"); a contract never delivered is not a vehicle here.</summary>
    private static async Task EndAsync(IDocumentSession session, Guid contractId, string because, DateOnly on, DateTimeOffset at, CancellationToken cancellation)
    {
        if (await session.LoadAsync<InsuredVehicle>(contractId, cancellation) is not { Status: InsuredVehicleStatus.Active } vehicle) return;
        session.Store(vehicle with { Status = InsuredVehicleStatus.Ended, EndedBecause = because, EndedOn = on, UpdatedAt = at });
    }
}
