using System.Reflection;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Leasing.Kernel.Modules;

/// <summary>
/// What a business module gives the Host. The Host lists its modules in one place and calls each of
/// these once at start-up; a module never reaches into another module's registrations.
/// </summary>
public interface ILeasingModule
{
    /// <summary>Short name, also the PostgreSQL schema of the module's documents (lower case).</summary>
    string Name { get; }

    /// <summary>The assembly Wolverine scans for this module's handlers and HTTP endpoints.</summary>
    Assembly Assembly => GetType().Assembly;

    string Schema => Name.ToLowerInvariant();

    void AddServices(IServiceCollection services, IConfiguration configuration) { }

    void ConfigureMarten(StoreOptions options) { }

    void ConfigureWolverine(WolverineOptions options) { }

    /// <summary>Endpoints that are not Wolverine HTTP endpoints (those are discovered from <see cref="Assembly"/>).</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>Aggregates whose streams auditors can rebuild at a past date or version.</summary>
    IEnumerable<AuditedAggregate> AuditedAggregates => [];

    IEnumerable<AdminNavItem> Navigation => [];
}

/// <summary>An aggregate type whose streams start with <c>StartStream&lt;T&gt;</c>, named for auditors.</summary>
public sealed record AuditedAggregate(Type AggregateType, string DisplayName);

/// <summary>A sidebar entry of the admin. Titles are given in both languages; French is the default.</summary>
public sealed record AdminNavItem(string Section, string TitleFr, string TitleEn, string Path, string Icon, string Policy, int Order = 0);
