namespace Leasing.Claims.ReadModels;

public enum InsuredVehicleStatus { Active, Ended }

/// <summary>
/// A vehicle under contract as Claims knows it from Contracts' integration events: delivered (the contract runs), then
/// ended (terminated, returned, bought or closed). Keyed by contract id; the registration key (no separators, upper
/// case) is indexed, since the hotline and the driver name a vehicle by its plates.
/// </summary>
public sealed record InsuredVehicle
{
    public Guid Id { get; init; }
    public string ContractNumber { get; init; } = "";
    public string CustomerName { get; init; } = "";
    public string CustomerType { get; init; } = "";
    public string? CompanyId { get; init; }
    public string Registration { get; init; } = "";
    public string RegistrationKey { get; init; } = "";
    public string? Vin { get; init; }
    public string Make { get; init; } = "";
    public string Model { get; init; } = "";
    public string DriverName { get; init; } = "";
    public string? DriverPhone { get; init; }
    public string? DriverEmail { get; init; }
    public bool ReplacementVehicleIncluded { get; init; }
    public string? ReplacementVehicleCategory { get; init; }
    public int ReplacementVehicleDaysAllowed { get; init; }
    public bool InsuranceIncluded { get; init; }
    public string? InsuranceCover { get; init; }
    public decimal? InsuranceDeductible { get; init; }
    public bool AssistanceIncluded { get; init; }
    public DateOnly DeliveredOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public InsuredVehicleStatus Status { get; init; }
    public string? EndedBecause { get; init; }
    public DateOnly? EndedOn { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
