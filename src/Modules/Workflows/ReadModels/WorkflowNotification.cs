namespace Leasing.Workflows.ReadModels;

/// <summary>An in-app notification from a Notify activity, for a role or a user; read when someone opens it.</summary>
public sealed record WorkflowNotification(Guid Id, Guid InstanceId, string? Role, string? User, string Subject, string Message, DateTimeOffset At)
{
    public DateTimeOffset? ReadAt { get; init; }

    public string? ReadBy { get; init; }
}

/// <summary>
/// The e-mail copy of a notification, written by the mail outbox handler. Sending it over SMTP is the deployment's
/// relay (configured outside the product); the row is the proof it was handed over and to whom.
/// </summary>
public sealed record OutgoingEmail(Guid Id, string To, string Subject, string Body, DateTimeOffset QueuedAt);
