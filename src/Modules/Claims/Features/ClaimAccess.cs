using System.Security.Claims;
using Leasing.Claims.Domain;
using Leasing.Kernel.Security;

namespace Leasing.Claims.Features;

/// <summary>
/// Who may see a claim: staff see every claim; a fleet manager only their company's (another company's claim is
/// answered as not found, so its existence is not revealed).
/// </summary>
public static class ClaimAccess
{
    public static bool IsFleetManagerOnly(ClaimsPrincipal user) =>
        user.IsInRole(Roles.FleetManager) && !Roles.All.Where(r => r != Roles.FleetManager).Any(user.IsInRole);

    public static bool CanSee(ClaimsPrincipal user, Domain.Claim claim) => CanSee(user, claim.CompanyId);

    public static bool CanSee(ClaimsPrincipal user, string? companyId) =>
        !IsFleetManagerOnly(user) || (companyId is not null && string.Equals(companyId, user.CompanyOf(), StringComparison.Ordinal));
}
