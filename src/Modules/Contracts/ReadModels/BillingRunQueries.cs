using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Features.Billing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Contracts.ReadModels;

public static class BillingRunQueries
{
    [Authorize(Policy = Policies.ContractManagement)]
    [WolverineGet("/api/billing-runs", Name = "ListBillingRuns")]
    [Tags("Billing")]
    public static async Task<IReadOnlyList<BillingRun>> List(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<BillingRun>().OrderByDescending(r => r.Month).Take(36).ToListAsync(cancellation);

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverineGet("/api/billing-runs/{month}", Name = "GetBillingRun")]
    [Tags("Billing")]
    public static async Task<IResult> Get(string month, IQuerySession session, CancellationToken cancellation)
    {
        if (!StartBillingRunEndpoint.TryMonth(month, out _)) return Results.Problem(Problems.Field("month", "'month' is a month as yyyy-MM."));
        return await session.LoadAsync<BillingRun>(InvoiceIds.BillingRun(month), cancellation) is { } run
            ? Results.Ok(run)
            : Results.Problem(Problems.NotFound("Billing run"));
    }
}
