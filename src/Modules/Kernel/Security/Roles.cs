namespace Leasing.Kernel.Security;

/// <summary>The product's roles. Names are stored with users and carried in claims: never rename one.</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string BackOffice = nameof(BackOffice);
    public const string SalesManager = nameof(SalesManager);
    public const string ProcessOwner = nameof(ProcessOwner);
    public const string ClaimsHandler = nameof(ClaimsHandler);
    /// <summary>A senior claims handler: overdue claim tasks are escalated to them, and they approve repairs above the expert's figure.</summary>
    public const string SeniorClaimsHandler = nameof(SeniorClaimsHandler);
    public const string Auditor = nameof(Auditor);
    public const string FleetManager = nameof(FleetManager);

    public static readonly IReadOnlyList<string> All =
        [Admin, BackOffice, SalesManager, ProcessOwner, ClaimsHandler, SeniorClaimsHandler, Auditor, FleetManager];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
