using System.Security.Claims;

namespace Leasing.Kernel.Security;

/// <summary>Claims the product adds beyond name and role.</summary>
public static class LeasingClaims
{
    /// <summary>The customer company a FleetManager is bound to; data of other companies is never shown to them.</summary>
    public const string CompanyId = "leasing:company";
    public const string UserId = "leasing:user";

    /// <summary>One claim per permission granted to the user (see <see cref="Permissions"/>).</summary>
    public const string Permission = "leasing:permission";

    public static string? CompanyOf(this ClaimsPrincipal user) => user.FindFirst(CompanyId)?.Value;

    public static bool HasPermission(this ClaimsPrincipal user, string permission) => user.HasClaim(Permission, permission);

    public static string NameOf(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
