using Leasing.Kernel.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;

namespace Leasing.Host.Http;

/// <summary>The admin's sign-out and language switch: plain form posts and links, outside the Blazor circuit.</summary>
public static class AccountEndpoints
{
    public static readonly string[] Cultures = ["fr-FR", "en-US"];

    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/signout", async (HttpContext context, IAntiforgery antiforgery) =>
            {
                await antiforgery.ValidateRequestAsync(context);
                await context.SignOutAsync(AuthSchemes.Cookie);
                return Results.LocalRedirect("/signin");
            })
            .RequireAuthorization(Policies.Authenticated)
            .DisableAntiforgery() // validated explicitly above: the form carries the token
            .ExcludeFromDescription();

        endpoints.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext context) =>
            {
                if (!Cultures.Contains(name)) return Results.Problem(Kernel.Validation.Problems.Field("name", $"Supported cultures: {string.Join(", ", Cultures)}."));
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
                return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\");
}
