using JasperFx;
using JasperFx.Events.Daemon;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Modules;
using Marten;
using Weasel.Core;
using Wolverine.Marten;

namespace Leasing.Host.Composition;

public static class MartenSetup
{
    public static void AddLeasingMarten(this IServiceCollection services, string connectionString, IReadOnlyList<ILeasingModule> modules, bool solo)
    {
        var marten = services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                // One event store for all modules: one ordered history for auditors. Documents go to each module's schema.
                options.DatabaseSchemaName = "leasing";
                options.Events.DatabaseSchemaName = "events";
                // Every event says who (user name), why (correlation and causation ids, headers) and when.
                options.Events.MetadataConfig.EnableAll();
                options.Events.MetadataConfig.UserNameEnabled = true; // not part of EnableAll in this Marten version
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                // FetchForWriting's aggregate is the one the inline snapshot starts from: no second read at commit.
                // Safe because aggregates are immutable records (a fetched one is never changed in place).
                options.Events.UseIdentityMapForAggregates = true;
                foreach (var module in modules) module.ConfigureMarten(options);
                options.Schema.For<Security.DataProtectionKey>().DatabaseSchemaName("accounts");
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .IntegrateWithWolverine(integration => integration.UseWolverineManagedEventSubscriptionDistribution = !solo);
        if (solo) marten.AddAsyncDaemon(DaemonMode.Solo);
        services.AddSingleton(provider => new ProjectionHold(provider,
            provider.GetRequiredService<ILogger<ProjectionHold>>(), daemonOnThisNode: solo));
    }
}
