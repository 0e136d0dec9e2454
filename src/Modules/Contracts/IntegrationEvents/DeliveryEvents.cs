namespace Leasing.Contracts.IntegrationEvents;

/// <summary>The lessor ordered the vehicle from its supplier (dealer or manufacturer).</summary>
public sealed record VehicleOrdered(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId,
    string Make, string Model, string? Version, string Supplier, string OrderReference, DateOnly ExpectedDeliveryOn,
    DateTimeOffset OrderedAt);

/// <summary>The vehicle is registered and prepared for hand-over.</summary>
public sealed record VehiclePrepared(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId,
    string Registration, string? Vin, DateOnly PreparedOn, DateTimeOffset PreparedAt);

/// <summary>
/// The vehicle was handed over: the contract is active from <c>DeliveredOn</c> and ends on <c>EndsOn</c>. Carries what
/// the services and claims desks need without asking Contracts: the vehicle, the driver, the business customer's
/// company (null for an individual), and the included services (replacement vehicle with its category and days allowed
/// per year, insurance cover with its deductible in euros, assistance, maintenance, tyres, fuel card).
/// </summary>
public sealed record VehicleDelivered(
    Guid ContractId, string ContractNumber, Guid QuoteId, Guid? LeadId,
    string Product, string CustomerType, string CustomerName, string? CompanyId,
    string Registration, string? Vin, string Make, string Model, string? Version,
    int OdometerKm, DateOnly DeliveredOn, DateOnly EndsOn, int TermMonths, int AnnualMileageKm, int ContractMileageKm,
    string DriverName, string? DriverPhone, string? DriverEmail,
    bool ReplacementVehicleIncluded, string? ReplacementVehicleCategory, int ReplacementVehicleDaysAllowed,
    bool InsuranceIncluded, string? InsuranceCover, decimal? InsuranceDeductible,
    bool AssistanceIncluded, bool MaintenanceIncluded, bool TyresIncluded, int TyresAllowed, bool FuelCardIncluded,
    string[] IncludedServices, string? AccountManager,
    DateTimeOffset DeliveredAt);
