using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Tasks;
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Shared;

/// <summary>The integration events built from a contract's state: one place that knows how Contracts speaks to other modules.</summary>
public static class IntegrationMessages
{
    public static string ProductName(Product product) => product.ToString().ToUpperInvariant();

    public static Integration.ContractTaskOpened TaskOpened(TaskRaised task) => new(task.TaskId, task.ContractId, task.ContractNumber,
        task.Kind.ToString(), task.Role, task.Permission, task.Title, task.DueOn, task.At);

    public static Integration.ContractTaskClosed TaskClosed(TaskResolved task, string closedBy) =>
        new(task.TaskId, task.ContractId, task.Kind.ToString(), task.Outcome, closedBy, task.At);

    public static Integration.ContractClosed Closed(Contract contract, ClosingOutcome outcome, DateOnly on, DateTimeOffset at) =>
        new(contract.Id, contract.Number, contract.QuoteId, contract.LeadId, contract.CompanyId, outcome.ToString(), on, at);

    public static Integration.VehicleDelivered Delivered(Contract contract, VehicleHandedOver e)
    {
        var services = contract.Services;
        return new Integration.VehicleDelivered(contract.Id, contract.Number, contract.QuoteId, contract.LeadId,
            ProductName(contract.Product), contract.Customer.Type.ToString(), contract.CustomerName, contract.CompanyId,
            contract.Registration ?? "", contract.Vin, contract.Vehicle.Make, contract.Vehicle.Model, contract.Vehicle.Version,
            e.OdometerKm, e.DeliveredOn, e.EndsOn, contract.Terms.TermMonths, contract.Terms.AnnualMileageKm, contract.Terms.ContractMileageKm,
            e.Driver.Name, e.Driver.Phone, e.Driver.Email,
            services.ReplacementVehicle, services.ReplacementVehicleCategory, services.ReplacementVehicleDaysAllowed,
            services.Insurance, services.InsuranceCover, services.InsuranceDeductible,
            services.Assistance, services.Maintenance, services.Tyres, services.TyresAllowed, services.FuelCard,
            services.Names(), contract.AccountManager, e.At);
    }
}
