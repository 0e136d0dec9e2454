using System.Security.Claims;
using Leasing.Contracts.Documents;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Contracts.Features.Billing;

/// <summary>An invoice or credit note as PDF, drawn from its stream (so always as it stands).</summary>
public static class DownloadInvoiceEndpoint
{
    [Authorize(Policy = Policies.ContractReading)]
    [WolverineGet("/api/invoices/{id}/document", Name = "DownloadInvoice")]
    [Tags("Billing")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation)
    {
        var invoice = await session.Events.AggregateStreamAsync<Invoice>(id, token: cancellation);
        return invoice is null || !ContractAccess.CanRead(user, invoice.CompanyId)
            ? Results.Problem(Problems.NotFound("Invoice"))
            : Results.File(InvoiceDocument.Render(invoice), "application/pdf", $"{invoice.Number}.pdf");
    }
}
