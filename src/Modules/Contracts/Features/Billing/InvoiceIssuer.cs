using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Marten;

namespace Leasing.Contracts.Features.Billing;

/// <summary>An invoice decided by a command, numbered and issued when the command's events are stored.</summary>
public sealed record InvoiceDraft(Guid InvoiceId, InvoiceKind Kind, IReadOnlyList<InvoiceLine> Lines, DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null, Guid? CorrectsInvoiceId = null, decimal? ThirdPartyPayment = null, string? PaymentReference = null);

public static class InvoiceIssuer
{
    /// <summary>Numbers the drafts (gapless, per series and year of issue) and starts their streams; returns the numbers by invoice id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> IssueAsync(IDocumentSession session, BillingAccount account,
        IReadOnlyList<InvoiceDraft> drafts, DateOnly issuedOn, DateTimeOffset now, CancellationToken cancellation)
    {
        var numbers = new Dictionary<Guid, string>();
        foreach (var series in drafts.GroupBy(d => InvoiceSeries.Of(d.Kind)))
        {
            var list = series.ToList();
            var reserved = await InvoiceNumbering.ReserveAsync(session, list[0].Kind, issuedOn.Year, list.Count, cancellation);
            for (var i = 0; i < list.Count; i++)
            {
                var draft = list[i];
                numbers[draft.InvoiceId] = reserved[i];
                session.Events.StartStream<Invoice>(draft.InvoiceId, Issued(account, draft, reserved[i], issuedOn, now));
                if (draft.ThirdPartyPayment is > 0m and var paid)
                    session.Events.Append(draft.InvoiceId, new PaymentRecorded(draft.InvoiceId, Kernel.Ids.TypedIds.NewGuid(), paid, issuedOn,
                        PaymentMethod.Transfer, draft.PaymentReference ?? "", now));
            }
        }
        return numbers;
    }

    public static InvoiceIssued Issued(BillingAccount account, InvoiceDraft draft, string number, DateOnly issuedOn, DateTimeOffset now,
        Guid? runId = null) =>
        new(draft.InvoiceId, account.Id, account.ContractNumber, number, draft.Kind, draft.PeriodStart, draft.PeriodEnd, issuedOn,
            PaymentTerms.DueOn(issuedOn), account.Basis, draft.Lines, VatAmounts.Sum(draft.Lines.Select(l => l.Amounts)), account.CustomerName,
            account.CompanyId, account.MandateReference, runId, draft.CorrectsInvoiceId, now);
}
