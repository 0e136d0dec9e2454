using JasperFx.Events;

namespace Leasing.Contracts.Domain;

public sealed partial record Contract
{
    public string? SignerName { get; init; }
    public SignatureChannel? SignatureChannel { get; init; }
    public DateOnly? SignedOn { get; init; }
    public DateOnly? WithdrawalEndsOn { get; init; }
    public string? DocumentSha256 { get; init; }
    public string? Supplier { get; init; }
    public string? OrderReference { get; init; }
    public DateOnly? ExpectedDeliveryOn { get; init; }
    public string? Registration { get; init; }
    public string? Vin { get; init; }
    public DateOnly? PreparedOn { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public int? DeliveryOdometerKm { get; init; }
    public Driver? Driver { get; init; }
    public HandOverChecklist? HandOver { get; init; }
    public IReadOnlyList<PhotoReference> DeliveryPhotos { get; init; } = [];

    public Contract Apply(ContractSignatureRecorded e) => this with
    {
        SignerName = e.SignerName, SignatureChannel = e.Channel, SignedOn = e.SignedOn, WithdrawalEndsOn = e.WithdrawalEndsOn,
        DocumentSha256 = e.DocumentSha256, Status = e.WithdrawalEndsOn is null ? ContractStatus.ReadyToOrder : ContractStatus.Signed, UpdatedAt = e.At,
    };

    public Contract Apply(WithdrawalPeriodExpired e) => this with { Status = ContractStatus.ReadyToOrder, UpdatedAt = e.At };

    public Contract Apply(ContractWithdrawalRecorded e) => this with { Status = ContractStatus.Withdrawn, UpdatedAt = e.At };

    public Contract Apply(VehicleOrderPlaced e) => this with
    {
        Supplier = e.Supplier, OrderReference = e.OrderReference, ExpectedDeliveryOn = e.ExpectedDeliveryOn, Status = ContractStatus.VehicleOrdered,
        UpdatedAt = e.At,
    };

    public Contract Apply(VehiclePreparationCompleted e) => this with
    {
        Registration = e.Registration, Vin = e.Vin, PreparedOn = e.PreparedOn, Status = ContractStatus.VehiclePrepared, UpdatedAt = e.At,
    };

    public Contract Apply(VehicleHandedOver e) => this with
    {
        StartsOn = e.DeliveredOn, EndsOn = e.EndsOn, DeliveryOdometerKm = e.OdometerKm, HandOver = e.Checklist, DeliveryPhotos = e.Photos,
        Driver = e.Driver, Status = ContractStatus.Active, LastReadOn = e.DeliveredOn, LastOdometerKm = e.OdometerKm, UpdatedAt = e.At,
    };
}
