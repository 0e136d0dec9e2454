namespace Leasing.Claims.ReadModels;

/// <summary>
/// A one-time code sent to the driver of a vehicle so they can declare a claim on the public form: valid 15 minutes,
/// five tries, used once. Only its salted hash is kept.
/// </summary>
public sealed record DeclarationCode
{
    public Guid Id { get; init; }
    public Guid ContractId { get; init; }
    public string RegistrationKey { get; init; } = "";
    public string CodeHash { get; init; } = "";
    public DriverMessageChannel Channel { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public int FailedAttempts { get; init; }
    public DateTimeOffset? UsedAt { get; init; }
    public Guid? ClaimId { get; init; }
}
