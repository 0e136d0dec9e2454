using System.Security.Claims;
using Leasing.Kernel.Security;

namespace Leasing.Contracts.Features.Shared;

/// <summary>
/// Fleet managers read their own company's contracts only: another company's contract is answered as not found (its
/// existence is not disclosed). Staff roles read every contract.
/// </summary>
public static class ContractAccess
{
    public static bool IsFleetManagerOnly(ClaimsPrincipal user) =>
        user.IsInRole(Roles.FleetManager) && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.BackOffice) && !user.IsInRole(Roles.SalesManager)
        && !user.IsInRole(Roles.Auditor);

    /// <summary>The company a reader is limited to, or null when they read every company.</summary>
    public static string? CompanyScope(ClaimsPrincipal user) =>
        IsFleetManagerOnly(user) ? user.CompanyOf() ?? "\u0000no-company" : null;

    public static bool CanRead(ClaimsPrincipal user, string? contractCompanyId) =>
        CompanyScope(user) is not { } company || string.Equals(company, contractCompanyId, StringComparison.Ordinal);
}
