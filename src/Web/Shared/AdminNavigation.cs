using System.Security.Claims;
using Leasing.Kernel.Modules;
using Leasing.Kernel.Security;
using Microsoft.AspNetCore.Authorization;

namespace Leasing.Web.Shared;

/// <summary>The sidebar: the home page, then each module's entries the signed-in user's roles allow, by section.</summary>
public sealed class AdminNavigation(IEnumerable<ILeasingModule> modules, IAuthorizationService authorization)
{
    public static readonly AdminNavItem Home = new("", "Accueil", "Home", "", "home", Policies.Authenticated, -1);

    public async Task<IReadOnlyList<IGrouping<string, AdminNavItem>>> VisibleToAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminNavItem>();
        foreach (var item in modules.SelectMany(m => m.Navigation))
        {
            if ((await authorization.AuthorizeAsync(user, item.Policy)).Succeeded) visible.Add(item);
        }
        return visible.OrderBy(i => i.Order).GroupBy(i => i.Section).ToList();
    }
}
