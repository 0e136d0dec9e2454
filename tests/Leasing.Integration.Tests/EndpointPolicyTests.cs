using Leasing.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Leasing.Integration.Tests;

public sealed class EndpointPolicyTests(LeasingApp app) : IntegrationTest(app)
{
    /// <summary>Every endpoint says who may call it: a policy, or an explicit "anonymous".</summary>
    [Fact]
    public void Every_endpoint_states_its_authorization()
    {
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/users");

        var unstated = endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();

        // Only ASP.NET's static-file fallback is left to the fallback policy, which requires a signed-in user.
        Assert.All(unstated, e => Assert.StartsWith("Fallback", e.DisplayName));
        var fallback = Host.Services.GetRequiredService<IOptions<AuthorizationOptions>>().Value.FallbackPolicy;
        Assert.Contains(fallback!.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
    }

    [Fact]
    public void Only_sign_in_health_openapi_the_public_simulator_and_the_admin_files_are_anonymous()
    {
        var anonymous = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(route => !IsPublicFile(route))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
        [
            "/_blazor/initializers/", "/_framework/opaque-redirect", "/api/auth/token", "/api/pricing/comparisons", "/api/pricing/implied-rate", "/api/pricing/simulations",
            "/api/pricing/solutions", "/api/public/claims", "/api/public/claims/codes", "/api/public/claims/track", "/api/public/leads",
            "/culture/{name}", "/health/live", "/health/ready",
            "/openapi/{documentName}.json", "/scalar/favicon.svg", "/scalar/{documentName?}", "/signin",
        ], anonymous);
    }

    // Static files (theme, scripts, fonts) must load on the sign-in page before anyone is signed in.
    private static bool IsPublicFile(string route) => route.StartsWith("_content/") || route.StartsWith("_framework/") ||
        route.StartsWith("/_content/") || route.StartsWith("/_framework/blazor") || route.EndsWith(".css") || route.EndsWith(".js") ||
        route.EndsWith(".woff2") || route.EndsWith(".woff") || route.EndsWith(".ico") || route.EndsWith(".png") || route.EndsWith(".gz") ||
        route.EndsWith(".br") || route.EndsWith(".map") || route.EndsWith(".json") && route.StartsWith("_");
}
