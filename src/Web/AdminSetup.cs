using Leasing.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Leasing.Web.Shared;
using Radzen;

namespace Leasing.Web;

public static class AdminSetup
{
    public static IServiceCollection AddLeasingAdmin(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddRadzenComponents();
        services.AddScoped<AdminNavigation>();
        services.AddSingleton<AdminCommands>();
        return services;
    }

    public static void MapLeasingAdmin(this WebApplication app)
    {
        // Framework and theme files are public: the sign-in page needs them before anyone is signed in.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().Finally(StateAuthorization);
    }

    /// <summary>
    /// Pages carry their own [Authorize]/[AllowAnonymous]. Blazor's plumbing endpoints carry none: the circuit's hub
    /// requires a signed-in user; the script initializer list and the redirect helper hold no data and are public.
    /// </summary>
    private static void StateAuthorization(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<IAuthorizeData>().Any() || endpoint.Metadata.OfType<IAllowAnonymous>().Any()) return;
        var route = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
        endpoint.Metadata.Add(route is "/_blazor/initializers/" or "/_framework/opaque-redirect"
            ? new AllowAnonymousAttribute()
            : new AuthorizeAttribute { Policy = Policies.Authenticated });
    }
}
