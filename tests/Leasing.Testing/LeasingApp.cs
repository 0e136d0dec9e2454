using System.Net.Http.Json;
using Alba;
using Leasing.Accounts.Features;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace Leasing.Testing;

/// <summary>
/// The Host under test, shared by a test collection (starting it generates Wolverine and Marten code: seconds).
/// Each test calls <see cref="ResetAsync"/> first: empty database, one account per role, the clock at its start.
/// </summary>
public sealed class LeasingApp : IAsyncLifetime
{
    public TestClock Clock { get; } = new();
    public IAlbaHost Host { get; private set; } = null!;
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        TestHostSettings.Apply(await TestDatabase.GetConnectionStringAsync());
        Host = await StartHostAsync();
    }

    /// <summary>Stops the Host and starts a new one on the same database, as a deployment or a crash would: what is durable survives.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = await StartHostAsync();
    }

    private Task<IAlbaHost> StartHostAsync() => AlbaHost.For<Program>(builder => builder.ConfigureServices(services =>
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock))));

    public async Task ResetAsync()
    {
        Clock.Reset();
        await Host.ResetAllMartenDataAsync();
        // Wolverine's durable inbox/outbox too: no timer or message of an earlier test is left waiting.
        await Host.Services.GetRequiredService<Wolverine.Persistence.Durability.IMessageStore>().Admin.ClearAllAsync();
        Host.Services.GetRequiredService<Leasing.Workflows.Definitions.Store.DefinitionCatalog>().Clear();
        await Host.Services.GetRequiredService<SeedUsers>().SeedIfEmptyAsync(TestHostSettings.Password, CancellationToken.None);
    }

    /// <summary>A bearer token for a seeded account (user names as in <see cref="SeedUsers.Accounts"/>).</summary>
    public async Task<string> TokenForAsync(string userName, string password = TestHostSettings.Password)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { userName, password }).ToUrl("/api/auth/token");
            s.StatusCodeShouldBeOk();
        });
        return (await result.ReadAsJsonAsync<TokenResponse>())!.AccessToken;
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }
}
