using System.Security.Cryptography;
using Leasing.Accounts.Domain;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Security;
using Marten;
using Microsoft.Extensions.Logging;

namespace Leasing.Accounts.Features;

/// <summary>
/// On the embedded default's first start, one account per role so the product can be tried at once.
/// Never used when a connection string is configured: a real deployment creates its users in the admin.
/// </summary>
public sealed class SeedUsers(IDocumentStore store, PasswordHashing hashing, TimeProvider clock, ILogger<SeedUsers> logger)
{
    /// <summary>The demo customer company the seeded fleet manager is bound to (a SIREN-like identifier).</summary>
    public const string DemoCompanyId = "DEMO-FLEET-001";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string[] Permissions)> Accounts =
    [
        ("admin", "Administrateur", Roles.Admin, []),
        ("backoffice", "Chargé de clientèle", Roles.BackOffice, []),
        // The financing body's credit officer: a back-office user who may decide financing files.
        ("credit", "Analyste crédit", Roles.BackOffice, [Kernel.Security.Permissions.Credit]),
        ("salesmanager", "Chef des ventes", Roles.SalesManager, []),
        ("processowner", "Responsable processus", Roles.ProcessOwner, []),
        ("claims", "Gestionnaire sinistres", Roles.ClaimsHandler, []),
        ("seniorclaims", "Gestionnaire sinistres senior", Roles.SeniorClaimsHandler, []),
        ("auditor", "Auditeur", Roles.Auditor, []),
        ("fleetmanager", "Gestionnaire de parc", Roles.FleetManager, []),
    ];

    /// <returns>Whether accounts were created (false when any account exists already).</returns>
    public async Task<bool> SeedIfEmptyAsync(string? password, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = "system:seed";
        if (await session.Query<UserAccount>().AnyAsync(cancellation)) return false;

        var generated = string.IsNullOrEmpty(password);
        password = generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', '-').Replace('+', '_') : password!;
        var hash = hashing.Hash(password);
        foreach (var (userName, displayName, role, permissions) in Accounts)
        {
            var id = TypedIds.NewGuid();
            var company = role == Roles.FleetManager ? DemoCompanyId : null;
            session.Events.StartStream<UserAccount>(id, new UserRegistered(id, userName, displayName, [role], company, clock.GetUtcNow(), permissions));
            session.Store(new UserCredential(id, hash));
        }
        await session.SaveChangesAsync(cancellation);

        if (generated)
            logger.LogWarning("Seeded one user per role ({Users}) with the generated password {Password} (shown once; set LEASING_SEED_PASSWORD to choose it)",
                string.Join(", ", Accounts.Select(a => a.UserName)), password);
        else
            logger.LogInformation("Seeded one user per role ({Users}) with the password from LEASING_SEED_PASSWORD",
                string.Join(", ", Accounts.Select(a => a.UserName)));
        return true;
    }
}
