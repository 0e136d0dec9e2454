using Leasing.Testing;

namespace Leasing.Integration.Tests;

[CollectionDefinition(Name)]
public sealed class LeasingCollection : ICollectionFixture<LeasingApp>
{
    public const string Name = "Leasing host";
}

/// <summary>Every test starts from clean data with the seeded accounts and the clock at its start.</summary>
[Collection(LeasingCollection.Name)]
public abstract class IntegrationTest(LeasingApp app) : IAsyncLifetime
{
    protected LeasingApp App { get; } = app;
    protected IAlbaHost Host => App.Host;

    public Task InitializeAsync() => App.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected async Task<long> EventCountAsync()
    {
        await using var session = App.Store.QuerySession();
        return (await session.QueryAsync<long>("select count(*) from events.mt_events")).Single();
    }
}
