using System.Net;
using System.Net.Sockets;
using Leasing.Accounts.Features;
using Leasing.Testing;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace Leasing.Browser.Tests;

/// <summary>
/// The real Host on a loopback port (Kestrel, not an in-memory server) and Debian's Chromium driven by Playwright.
/// Each test resets the data and opens a fresh browser context (no cookies shared between tests).
/// </summary>
public sealed class AdminServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public TestClock Clock { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public IServiceProvider Services => _factory!.Services;

    /// <summary>The Host itself, for Wolverine's tracked sessions (publish an integration event and wait for what it causes).</summary>
    public Microsoft.Extensions.Hosting.IHost Host => Services.GetRequiredService<Microsoft.Extensions.Hosting.IHost>();

    public async Task InitializeAsync()
    {
        TestHostSettings.Apply(await TestDatabase.GetConnectionStringAsync());
        var port = FreeLoopbackPort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock))));
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _factory.StartServer();

        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: run 'apt-get install -y chromium'.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task ResetAsync()
    {
        Clock.Reset();
        await Services.ResetAllMartenDataAsync();
        // Published versions are cached for the process's life; after the reset the same ids may come back with other content.
        Services.GetRequiredService<Leasing.Workflows.Definitions.Store.DefinitionCatalog>().Clear();
        await Services.GetRequiredService<SeedUsers>().SeedIfEmptyAsync(TestHostSettings.Password, CancellationToken.None);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "fr-FR" });
        context.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in form, as a person would, and waits for the admin shell.</summary>
    public async Task<IPage> SignInAsync(string userName, string password = TestHostSettings.Password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#signin-submit");
        await page.WaitForSelectorAsync("#current-user");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class AdminCollection : ICollectionFixture<AdminServer>
{
    public const string Name = "Admin in Chromium";
}

[Collection(AdminCollection.Name)]
public abstract class BrowserTest(AdminServer server) : IAsyncLifetime
{
    protected AdminServer Server { get; } = server;

    public Task InitializeAsync() => Server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
