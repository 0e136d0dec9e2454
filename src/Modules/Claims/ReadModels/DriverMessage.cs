namespace Leasing.Claims.ReadModels;

public enum DriverMessageChannel { Sms, Email }

/// <summary>
/// The outbox of messages to drivers (one-time codes, tracking codes): written in the transaction that decided to send
/// them, picked up by the SMS/e-mail gateway, which marks them sent. Nothing reaches a driver for a change that was not saved.
/// </summary>
public sealed record DriverMessage(Guid Id, DriverMessageChannel Channel, string To, string Body, string Purpose, Guid? ClaimId, DateTimeOffset At,
    DateTimeOffset? SentAt = null);
