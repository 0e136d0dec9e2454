using System.Security.Claims;
using Leasing.Accounts.Domain;
using Leasing.Kernel.Security;

namespace Leasing.Accounts.Features;

public static class AccountPrincipal
{
    public static ClaimsPrincipal Create(UserAccount account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(LeasingClaims.UserId, account.Id.ToString()),
            new("display_name", account.DisplayName),
        };
        claims.AddRange(account.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        claims.AddRange(account.Permissions.Select(permission => new Claim(LeasingClaims.Permission, permission)));
        if (account.CompanyId is not null) claims.Add(new Claim(LeasingClaims.CompanyId, account.CompanyId));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
