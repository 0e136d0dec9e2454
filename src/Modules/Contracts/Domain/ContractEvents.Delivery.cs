namespace Leasing.Contracts.Domain;

public sealed record VehicleOrderPlaced(Guid ContractId, string Supplier, string OrderReference, DateOnly ExpectedDeliveryOn, DateTimeOffset At);

public sealed record VehiclePreparationCompleted(Guid ContractId, string Registration, string? Vin, DateOnly PreparedOn, DateTimeOffset At);

/// <summary>The hand-over report (procès-verbal de livraison): what the driver received and the state of the car.</summary>
public sealed record HandOverChecklist(bool HotlineCardHandedOver, bool UserGuideHandedOver, int KeysHandedOver, bool RegistrationCertificateHandedOver,
    string? Notes);

/// <summary>A photo kept as a document of the module; the event names it and fixes its content by its hash.</summary>
public sealed record PhotoReference(Guid PhotoId, string FileName, string ContentType, string Sha256);

/// <summary>The vehicle was handed over: the contract is active from <c>DeliveredOn</c> to <c>EndsOn</c> (inclusive).</summary>
public sealed record VehicleHandedOver(Guid ContractId, DateOnly DeliveredOn, DateOnly EndsOn, int OdometerKm, HandOverChecklist Checklist,
    IReadOnlyList<PhotoReference> Photos, Driver Driver, DateTimeOffset At);
