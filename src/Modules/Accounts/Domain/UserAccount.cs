namespace Leasing.Accounts.Domain;

/// <summary>
/// A staff or fleet-manager account, rebuilt from its stream (and kept as an inline snapshot for sign-in).
/// Immutable: every Apply returns a new value.
/// </summary>
public sealed record UserAccount
{
    public const int FailuresBeforeLockout = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public Guid Id { get; init; }
    public string UserName { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string[] Roles { get; init; } = [];
    public string? CompanyId { get; init; }
    public string[] Permissions { get; init; } = [];
    public int FailuresInARow { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public bool Disabled { get; init; }
    public DateTimeOffset? LastSignIn { get; init; }
    public int Version { get; init; }

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public static UserAccount Create(UserRegistered e) => new()
    {
        Id = e.UserId, UserName = e.UserName, DisplayName = e.DisplayName, Roles = e.Roles, CompanyId = e.CompanyId, Permissions = e.Permissions ?? [],
    };

    public UserAccount Apply(UserRolesChanged e) => this with { Roles = e.Roles, CompanyId = e.CompanyId, Permissions = e.Permissions ?? [] };

    public UserAccount Apply(UserPasswordChanged e) => this with { FailuresInARow = 0, LockedUntil = null };

    public UserAccount Apply(UserSignedIn e) => this with { FailuresInARow = 0, LockedUntil = null, LastSignIn = e.At };

    public UserAccount Apply(UserSignInFailed e) => this with { FailuresInARow = e.FailuresInARow };

    public UserAccount Apply(UserLockedOut e) => this with { LockedUntil = e.Until };

    public UserAccount Apply(UserUnlocked e) => this with { FailuresInARow = 0, LockedUntil = null };

    public UserAccount Apply(UserDisabled e) => this with { Disabled = true };

    public UserAccount Apply(UserEnabled e) => this with { Disabled = false };
}
