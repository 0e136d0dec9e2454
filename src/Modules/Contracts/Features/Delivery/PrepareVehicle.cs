using System.Text.RegularExpressions;
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

/// <summary>The vehicle arrived, was registered (French SIV plate AA-123-AA) and prepared for hand-over.</summary>
public sealed record PrepareVehicle(string? Registration, string? Vin, long? ExpectedVersion);

public static partial class PrepareVehicleEndpoint
{
    public static ProblemDetails Validate(PrepareVehicle command) => new FieldErrors()
        .When(command.Registration is null || !Plate().IsMatch(command.Registration.Trim().ToUpperInvariant()), "registration",
            "A French registration looks like AA-123-AA.")
        .When(command.Vin is { Length: > 0 } vin && !Vin().IsMatch(vin.Trim().ToUpperInvariant()), "vin",
            "A VIN has 17 letters and digits, without I, O or Q.")
        .ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/preparation", Name = "PrepareVehicle")]
    [Tags("Contracts")]
    public static Task<IResult> Post(Guid id, PrepareVehicle command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract =>
        {
            if (contract.Status != ContractStatus.VehicleOrdered)
                return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "prepared", ContractStatus.VehicleOrdered));
            var now = clock.GetUtcNow();
            var plate = command.Registration!.Trim().ToUpperInvariant();
            var vin = string.IsNullOrWhiteSpace(command.Vin) ? null : command.Vin.Trim().ToUpperInvariant();
            return ContractChange.Append(new VehiclePreparationCompleted(contract.Id, plate, vin, clock.Today(), now))
                .Publish(new Integration.VehiclePrepared(contract.Id, contract.Number, contract.QuoteId, contract.LeadId, plate, vin, clock.Today(), now));
        }, cancellation);

    [GeneratedRegex("^[A-HJ-NP-TV-Z]{2}-[0-9]{3}-[A-HJ-NP-TV-Z]{2}$")] private static partial Regex Plate();
    [GeneratedRegex("^[A-HJ-NPR-Z0-9]{17}$")] private static partial Regex Vin();
}
