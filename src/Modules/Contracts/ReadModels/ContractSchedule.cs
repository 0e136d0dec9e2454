using System.Security.Claims;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Contracts.ReadModels;

/// <summary>One month of the contract's billing schedule (échéancier), invoiced or to come, in both bases.</summary>
public sealed record ScheduleRow(DateOnly PeriodStart, DateOnly PeriodEnd, bool Prorated, VatAmounts Amount, string? InvoiceNumber, Guid? InvoiceId);

/// <summary>
/// The schedule from the first to the last billed day, each month's rent and services as the billing run computes them
/// (prorated first and last months, the first payment and delivery fee on the first) with the invoice that billed it.
/// </summary>
public static class ContractSchedule
{
    public static IReadOnlyList<ScheduleRow> For(BillingAccount account, IReadOnlyList<Invoice> invoices)
    {
        if (account.StartsOn is not { } start || account.LastBilledDay is not { } last) return [];
        var rentInvoices = invoices.Where(i => i.Kind == InvoiceKind.Rent && i.PeriodStart is not null).ToDictionary(i => i.PeriodStart!.Value);
        return BillingPeriod.Between(start, last).Select(period =>
        {
            rentInvoices.TryGetValue(period.Start, out var invoice);
            var amount = invoice?.Total ?? VatAmounts.Sum(RentInvoicing.LinesFor(account, period).Select(l => l.Amounts));
            return new ScheduleRow(period.Start, period.End, !period.IsWholeMonth, amount, invoice?.Number, invoice?.Id);
        }).ToList();
    }

    public static async Task<IReadOnlyList<Invoice>> InvoicesAsync(IQuerySession session, Guid contractId, CancellationToken cancellation) =>
        await session.Query<Invoice>().Where(i => i.ContractId == contractId).OrderBy(i => i.IssuedOn).ThenBy(i => i.Number).ToListAsync(cancellation);

    [Authorize(Policy = Policies.ContractReading)]
    [WolverineGet("/api/contracts/{id}/schedule", Name = "GetContractSchedule")]
    [Tags("Contracts")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation)
    {
        if (await ContractQueries.ReadableAsync(session, id, user, cancellation) is null) return Results.Problem(Problems.NotFound("Contract"));
        var account = await session.LoadAsync<BillingAccount>(id, cancellation);
        return Results.Ok(account is null ? [] : For(account, await InvoicesAsync(session, id, cancellation)));
    }

    [Authorize(Policy = Policies.ContractReading)]
    [WolverineGet("/api/contracts/{id}/invoices", Name = "ListContractInvoices")]
    [Tags("Contracts")]
    public static async Task<IResult> Invoices(Guid id, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        await ContractQueries.ReadableAsync(session, id, user, cancellation) is null
            ? Results.Problem(Problems.NotFound("Contract"))
            : Results.Ok(await InvoicesAsync(session, id, cancellation));

    [Authorize(Policy = Policies.ContractReading)]
    [WolverineGet("/api/invoices/{id}", Name = "GetInvoice")]
    [Tags("Billing")]
    public static async Task<IResult> Invoice(Guid id, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation)
    {
        var invoice = await session.Events.AggregateStreamAsync<Invoice>(id, token: cancellation);
        return invoice is null || !Features.Shared.ContractAccess.CanRead(user, invoice.CompanyId)
            ? Results.Problem(Problems.NotFound("Invoice"))
            : Results.Ok(invoice);
    }
}
