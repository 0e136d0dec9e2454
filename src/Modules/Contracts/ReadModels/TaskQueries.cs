using System.Security.Claims;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Security;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Contracts.ReadModels;

/// <summary>The open contract tasks a user can act on or see: by their roles and permissions; a fleet manager's own company's alerts only.</summary>
public static class TaskQueries
{
    public static async Task<IReadOnlyList<ContractTask>> OpenForAsync(IQuerySession session, ClaimsPrincipal user, Guid? contractId,
        CancellationToken cancellation)
    {
        IQueryable<ContractTask> query = session.Query<ContractTask>().Where(t => t.Status == ContractTaskStatus.Open);
        if (contractId is { } id) query = query.Where(t => t.ContractId == id);
        if (ContractAccess.CompanyScope(user) is { } company) query = query.Where(t => t.CompanyId == company && t.Role == Roles.FleetManager);
        var tasks = await query.OrderBy(t => t.DueOn).ThenBy(t => t.OpenedAt).Take(500).ToListAsync(cancellation);
        // Staff see every task of their roles; a permission narrows who acts, not who sees (the list says it is needed).
        return contractId is null && !user.IsInRole(Roles.Admin)
            ? tasks.Where(t => user.IsInRole(t.Role) || ContractAccess.CompanyScope(user) is not null).ToList()
            : tasks;
    }

    [Authorize(Policy = Policies.ContractReading)]
    [WolverineGet("/api/contract-tasks", Name = "ListContractTasks")]
    [Tags("Contracts")]
    public static async Task<IReadOnlyList<ContractTask>> List(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation,
        [FromQuery] Guid? contractId) => await OpenForAsync(session, user, contractId, cancellation);
}
