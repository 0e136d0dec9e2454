namespace Leasing.Kernel.Security;

/// <summary>
/// Permissions granted to a user on top of their roles, carried as <see cref="LeasingClaims.Permission"/> claims. A
/// permission narrows who within a role may do something sensitive: a back-office user with <see cref="Credit"/> decides
/// financing files for the financing body. Names are stored with users: never rename one.
/// </summary>
public static class Permissions
{
    /// <summary>Decides credit (financing) files: approve, refuse, approve with conditions.</summary>
    public const string Credit = nameof(Credit);

    public static readonly IReadOnlyList<string> All = [Credit];

    public static bool IsKnown(string permission) => All.Contains(permission, StringComparer.Ordinal);
}
