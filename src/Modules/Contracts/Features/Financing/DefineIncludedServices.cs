using Leasing.Contracts.Domain;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Contracts.Features.Financing;

/// <summary>The services included in the rent, detailed before delivery (they travel with VehicleDelivered to the services and claims desks).</summary>
public sealed record DefineIncludedServices(bool Assistance, bool Maintenance, bool Tyres, int? TyresAllowed, bool ReplacementVehicle,
    string? ReplacementVehicleCategory, int? ReplacementVehicleDaysAllowed, bool Insurance, string? InsuranceCover, decimal? InsuranceDeductible,
    bool FuelCard, long? ExpectedVersion);

public static class DefineIncludedServicesEndpoint
{
    public static ProblemDetails Validate(DefineIncludedServices command) => new FieldErrors()
        .When(command.Tyres && command.TyresAllowed is null or < 1 or > 40, "tyresAllowed", "With tyres included, between 1 and 40 tyres.")
        .When(command.ReplacementVehicle && string.IsNullOrWhiteSpace(command.ReplacementVehicleCategory), "replacementVehicleCategory",
            "The replacement vehicle's category (e.g. B, C, utility) is required.")
        .When(command.ReplacementVehicle && command.ReplacementVehicleDaysAllowed is null or < 1 or > 365, "replacementVehicleDaysAllowed",
            "Between 1 and 365 days a year.")
        .When(command.Insurance && string.IsNullOrWhiteSpace(command.InsuranceCover), "insuranceCover", "The insurance cover (e.g. tous risques) is required.")
        .When(command.Insurance && command.InsuranceDeductible is null or < 0m, "insuranceDeductible", "The deductible (0 or more) is required.")
        .ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePut("/api/contracts/{id}/services", Name = "DefineIncludedServices")]
    [Tags("Contracts")]
    public static Task<IResult> Put(Guid id, DefineIncludedServices command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract =>
        {
            if (contract.Status >= ContractStatus.Active || contract.IsClosed)
                return ContractChange.Refuse(ContractProblems.State("The included services are fixed at delivery.", "Amend the contract instead."));
            var c = command;
            return ContractChange.Append(new IncludedServicesDefined(contract.Id, new ServicePackage(c.Assistance, c.Maintenance, c.Tyres,
                c.Tyres ? c.TyresAllowed!.Value : 0, c.ReplacementVehicle, c.ReplacementVehicle ? c.ReplacementVehicleCategory!.Trim() : null,
                c.ReplacementVehicle ? c.ReplacementVehicleDaysAllowed!.Value : 0, c.Insurance, c.Insurance ? c.InsuranceCover!.Trim() : null,
                c.Insurance ? c.InsuranceDeductible : null, c.FuelCard), clock.GetUtcNow()));
        }, cancellation);
}
