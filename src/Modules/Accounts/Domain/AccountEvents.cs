namespace Leasing.Accounts.Domain;

// Events of a user account's stream. Password hashes are never in events: a stream is replayed and shown to
// auditors, so the hash lives in a separate credential document that is overwritten on change.

// Permissions were added after the first accounts were registered: older events carry none (null).
public sealed record UserRegistered(Guid UserId, string UserName, string DisplayName, string[] Roles, string? CompanyId, DateTimeOffset RegisteredAt,
    string[]? Permissions = null);

public sealed record UserRolesChanged(Guid UserId, string[] Roles, string? CompanyId, DateTimeOffset ChangedAt, string[]? Permissions = null);

public sealed record UserPasswordChanged(Guid UserId, DateTimeOffset ChangedAt);

public sealed record UserSignedIn(Guid UserId, DateTimeOffset At);

public sealed record UserSignInFailed(Guid UserId, int FailuresInARow, DateTimeOffset At);

public sealed record UserLockedOut(Guid UserId, DateTimeOffset Until);

public sealed record UserUnlocked(Guid UserId, DateTimeOffset At);

public sealed record UserDisabled(Guid UserId, DateTimeOffset At);

public sealed record UserEnabled(Guid UserId, DateTimeOffset At);
