using JasperFx.Events.Projections;
using Leasing.Accounts.Domain;
using Leasing.Accounts.Features;
using Leasing.Kernel.Modules;
using Leasing.Kernel.Security;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leasing.Accounts;

/// <summary>Users, roles, sign-in (cookie and bearer token) and lockout.</summary>
public sealed class AccountsModule : ILeasingModule
{
    public string Name => "Accounts";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<SeedUsers>();
    }

    public void ConfigureMarten(StoreOptions options)
    {
        // Sign-in reads the account by user name on every attempt: an inline snapshot with a unique index.
        options.Projections.Snapshot<UserAccount>(SnapshotLifecycle.Inline);
        options.Schema.For<UserAccount>().DatabaseSchemaName("accounts").UniqueIndex(a => a.UserName);
        options.Schema.For<UserCredential>().DatabaseSchemaName("accounts");
    }

    public IEnumerable<AuditedAggregate> AuditedAggregates => [new(typeof(UserAccount), "User account")];

    public IEnumerable<AdminNavItem> Navigation =>
    [
        new("Administration", "Utilisateurs", "Users", "admin/users", "manage_accounts", Policies.ManageUsers, 90),
    ];
}
