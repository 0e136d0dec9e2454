using Leasing.Accounts.Domain;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leasing.Browser.Tests;

public sealed class ShellTests(AdminServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Back_office_signs_in_sees_the_French_shell_switches_to_English_and_signs_out()
    {
        var page = await Server.SignInAsync("backoffice");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Tableau de bord de la plateforme");
        await Expect(page.Locator("#current-user")).ToContainTextAsync("Chargé de clientèle");
        await Expect(page.Locator("#current-role")).ToHaveTextAsync("BackOffice");
        await Expect(page.Locator("#sidebar-menu")).ToContainTextAsync("Accueil");
        await Expect(page.Locator("#signout")).ToContainTextAsync("Se déconnecter");
        // One event per seeded account, and this sign-in.
        await Expect(page.Locator("#events-stored")).ToHaveTextAsync((Accounts.Features.SeedUsers.Accounts.Count + 1).ToString());
        // A back-office user is not shown the administration section.
        await Expect(page.Locator("#sidebar-menu")).Not.ToContainTextAsync("Utilisateurs");

        await page.ClickAsync("#language-switch");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Platform dashboard");
        await Expect(page.Locator("#signout")).ToContainTextAsync("Sign out");
        await Expect(page.Locator("#sidebar-menu")).ToContainTextAsync("Home");

        await page.ClickAsync("#signout");
        await page.WaitForURLAsync("**/signin");
        await Expect(page.Locator("#signin-submit")).ToBeVisibleAsync();

        // Signed out for real: the home page sends back to the sign-in form.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_and_stays_on_the_sign_in_page()
    {
        var page = await Server.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#userName", "backoffice");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("#signin-submit");

        await Expect(page.Locator("#signin-error")).ToHaveTextAsync("Identifiant ou mot de passe incorrect.");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        await Expect(page.Locator("#current-user")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_admin_manages_users_and_dates_show_in_French_format()
    {
        var page = await Server.SignInAsync("admin");
        await page.ClickAsync("text=Utilisateurs");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Utilisateurs et rôles");

        // The admin just signed in: the last sign-in column shows the clock's date in fr-FR (dd/MM/yyyy).
        var adminRow = page.Locator("#users-grid tr", new PageLocatorOptions { HasText = "Administrateur" });
        await Expect(adminRow).ToContainTextAsync("23/11/2026");

        var form = page.Locator("#new-user");
        await form.GetByLabel("Identifiant").FillAsync("mmartin");
        await form.GetByLabel("Nom affiché").FillAsync("Marie Martin");
        await form.GetByLabel("Mot de passe").FillAsync("Long-enough-1");
        await form.GetByText("ClaimsHandler", new() { Exact = true }).ClickAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Créer" }).ClickAsync();

        await Expect(page.Locator("#users-grid")).ToContainTextAsync("mmartin");
        await Expect(page.Locator("#users-grid tr", new PageLocatorOptions { HasText = "mmartin" })).ToContainTextAsync("ClaimsHandler");
    }

    [Fact]
    public async Task An_auditor_replays_a_users_history()
    {
        var page = await Server.SignInAsync("auditor");
        await page.ClickAsync("text=Historique");
        var userId = await UserIdAsync("backoffice");
        await page.FillAsync("#stream-id", userId.ToString());
        await page.ClickAsync("#load-history");

        await Expect(page.Locator("#history-events")).ToContainTextAsync("user_registered");
        await Expect(page.Locator("#history-events")).ToContainTextAsync("system:seed");
        await Expect(page.Locator("#rebuilt-state")).ToContainTextAsync("\"userName\": \"backoffice\"");
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var session = Server.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Query<UserAccount>().SingleAsync(a => a.UserName == userName)).Id;
    }
}
