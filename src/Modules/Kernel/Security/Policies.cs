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
    };
}
