namespace Leasing.Kernel.Security;

/// <summary>
/// Authorization policies every endpoint names. A policy is a set of roles; Admin is in every staff policy
/// so an administrator can support any user without borrowing an account.
/// </summary>
public static class Policies
{
    public const string Authenticated = nameof(Authenticated);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ReadHistory = nameof(ReadHistory);
    public const string Staff = nameof(Staff);
    public const string Sales = nameof(Sales);
    public const string SalesManagement = nameof(SalesManagement);
    public const string ProcessOwners = nameof(ProcessOwners);
    public const string ClaimsHandling = nameof(ClaimsHandling);
    public const string FleetReporting = nameof(FleetReporting);
    /// <summary>Who may declare a claim: the hotline (claims desk, back office) and fleet managers (their company's vehicles only).</summary>
    public const string DeclareClaims = nameof(DeclareClaims);
    /// <summary>Who may read claims: staff, and fleet managers (their company's claims only, checked by the claims module).</summary>
    public const string ReadClaims = nameof(ReadClaims);
    public const string ContractManagement = nameof(ContractManagement);
    public const string ContractReading = nameof(ContractReading);
    public const string CreditDecisions = nameof(CreditDecisions);

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [ManageUsers] = [Roles.Admin],
        [ReadHistory] = [Roles.Admin, Roles.Auditor],
        [Staff] = [Roles.Admin, Roles.BackOffice, Roles.SalesManager, Roles.ProcessOwner, Roles.ClaimsHandler, Roles.SeniorClaimsHandler, Roles.Auditor],
        [Sales] = [Roles.Admin, Roles.BackOffice, Roles.SalesManager],
        [SalesManagement] = [Roles.Admin, Roles.SalesManager],
        [ProcessOwners] = [Roles.Admin, Roles.ProcessOwner],
        [ClaimsHandling] = [Roles.Admin, Roles.ClaimsHandler, Roles.SeniorClaimsHandler],
        [FleetReporting] = [Roles.Admin, Roles.FleetManager, Roles.BackOffice, Roles.SalesManager],
        [DeclareClaims] = [Roles.Admin, Roles.BackOffice, Roles.ClaimsHandler, Roles.SeniorClaimsHandler, Roles.FleetManager],
        [ReadClaims] = [Roles.Admin, Roles.BackOffice, Roles.SalesManager, Roles.ClaimsHandler, Roles.SeniorClaimsHandler, Roles.Auditor, Roles.FleetManager],
        // Contracts are run by the back office; fleet managers read their own company's contracts only (checked per contract).
        [ContractManagement] = [Roles.Admin, Roles.BackOffice, Roles.SalesManager],
        [ContractReading] = [Roles.Admin, Roles.BackOffice, Roles.SalesManager, Roles.Auditor, Roles.FleetManager],
        [CreditDecisions] = [Roles.Admin, Roles.BackOffice],
    };

    /// <summary>Policies that also need a permission claim beyond one of their roles.</summary>
    public static readonly IReadOnlyDictionary<string, string> PermissionByPolicy = new Dictionary<string, string>
    {
        [CreditDecisions] = Permissions.Credit,
    };
}
