using JasperFx.Events.Projections;
using Leasing.Audit.Features;
using Leasing.Audit.ReadModels;
using Leasing.Kernel.Modules;
using Leasing.Kernel.Security;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leasing.Audit;

/// <summary>History of any stream for auditors, and the platform's own figures.</summary>
public sealed class AuditModule : ILeasingModule
{
    public string Name => "Audit";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AuditedAggregates>();
        services.AddScoped<StreamHistory>();
        services.AddSingleton<PlatformStatus>();
    }

    public void ConfigureMarten(StoreOptions options)
    {
        options.Schema.For<DailyModuleActivity>().DatabaseSchemaName("audit");
        options.Projections.Add(new DailyModuleActivityProjection(), ProjectionLifecycle.Async);
    }

    public IEnumerable<AdminNavItem> Navigation =>
    [
        new("Audit", "Historique", "History", "audit/history", "history", Policies.ReadHistory, 80),
    ];
}
