using Leasing.Kernel.Security;
using Leasing.Host.Security;
using Marten;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Leasing.Host.Composition;

public static class AuthSetup
{
    private const string CookieOrBearer = "CookieOrBearer";

    public static void AddLeasingAuth(this IServiceCollection services)
    {
        // Tokens and cookies are signed with a key ring kept in the database: valid on every node and after a restart.
        services.AddDataProtection().SetApplicationName("Leasing");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new MartenKeyRepository(sp.GetRequiredService<IDocumentStore>())));
        services.AddAuthentication(CookieOrBearer)
            // The API accepts both: a bearer token when the request carries one, the admin's cookie otherwise.
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? AuthSchemes.Bearer
                        : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.Cookie.Name = "leasing.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = "/signin";
                options.AccessDeniedPath = "/forbidden";
                options.ExpireTimeSpan = AuthSchemes.TokenLifetime;
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    // An API caller gets a status code (answered as ProblemDetails), never a redirect to a page.
                    OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden),
                };
            })
            .AddBearerToken(AuthSchemes.Bearer, options => options.BearerTokenExpiration = AuthSchemes.TokenLifetime);

        services.AddAuthorization(options =>
        {
            options.AddPolicy(Policies.Authenticated, policy => policy.RequireAuthenticatedUser());
            // The safety net: an endpoint that names no policy (the static-file fallback) needs a signed-in user.
            options.FallbackPolicy = options.GetPolicy(Policies.Authenticated);
            foreach (var (policyName, roles) in Policies.RolesByPolicy)
                options.AddPolicy(policyName, policy =>
                {
                    policy.RequireAuthenticatedUser().RequireRole(roles);
                    if (Policies.PermissionByPolicy.TryGetValue(policyName, out var permission))
                        policy.RequireClaim(LeasingClaims.Permission, permission);
                });
        });
    }

    private static Task StatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
