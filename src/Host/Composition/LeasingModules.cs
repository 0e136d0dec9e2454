using Leasing.Accounts;
using Leasing.Audit;
using Leasing.Claims;
using Leasing.Contracts;
using Leasing.Offers;
using Leasing.Prospecting;
using Leasing.Workflows;
using Leasing.Kernel.Modules;

namespace Leasing.Host.Composition;

/// <summary>The one place that lists the product's modules.</summary>
public static class LeasingModules
{
    public static IReadOnlyList<ILeasingModule> All { get; } =
    [
        new AccountsModule(),
        new AuditModule(),
        new OffersModule(),
        new ProspectingModule(),
        new ClaimsModule(),
        new ContractsModule(),
        new WorkflowsModule(),
    ];
}
