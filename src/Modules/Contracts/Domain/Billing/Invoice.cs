namespace Leasing.Contracts.Domain.Billing;

public enum InvoiceStatus { Open, PartiallyPaid, Paid, Credited }

public sealed record InvoicePayment(Guid PaymentId, decimal Amount, DateOnly PaidOn, PaymentMethod Method, string Reference);

/// <summary>
/// An invoice rebuilt from its stream. The list columns (contract, status, due date, dunning step) are copied to the
/// document so the contract page and the dunning sweep read them from the database.
/// </summary>
public sealed record Invoice
{
    public Guid Id { get; init; }
    public Guid ContractId { get; init; }
    public string ContractNumber { get; init; } = "";
    public string Number { get; init; } = "";
    public InvoiceKind Kind { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }
    public DateOnly IssuedOn { get; init; }
    public DateOnly DueOn { get; init; }
    public VatBasis Basis { get; init; }
    public IReadOnlyList<InvoiceLine> Lines { get; init; } = [];
    public VatAmounts Total { get; init; } = VatAmounts.Zero;
    public string CustomerName { get; init; } = "";
    public string? CompanyId { get; init; }
    public string? MandateReference { get; init; }
    public Guid? CorrectsInvoiceId { get; init; }
    public IReadOnlyList<InvoicePayment> Payments { get; init; } = [];
    public decimal Paid { get; init; }
    public InvoiceStatus Status { get; init; }
    public DunningStep DunningStep { get; init; }
    public Guid? OpenDunningTaskId { get; init; }
    public int Version { get; init; }

    /// <summary>What the customer still owes, TTC (payments are received TTC); a credit note owes nothing.</summary>
    public decimal Balance => Kind == InvoiceKind.CreditNote ? 0m : Total.IncludingVat - Paid;

    public static Invoice Create(InvoiceIssued e) => new()
    {
        Id = e.InvoiceId, ContractId = e.ContractId, ContractNumber = e.ContractNumber, Number = e.Number, Kind = e.Kind,
        PeriodStart = e.PeriodStart, PeriodEnd = e.PeriodEnd, IssuedOn = e.IssuedOn, DueOn = e.DueOn, Basis = e.Basis, Lines = e.Lines,
        Total = e.Total, CustomerName = e.CustomerName, CompanyId = e.CompanyId, MandateReference = e.MandateReference,
        CorrectsInvoiceId = e.CorrectsInvoiceId,
        Status = e.Kind == InvoiceKind.CreditNote ? InvoiceStatus.Credited : e.Total.IncludingVat <= 0m ? InvoiceStatus.Paid : InvoiceStatus.Open,
    };

    public Invoice Apply(PaymentRecorded e)
    {
        var paid = Paid + e.Amount;
        return this with
        {
            Payments = [.. Payments, new InvoicePayment(e.PaymentId, e.Amount, e.PaidOn, e.Method, e.Reference)],
            Paid = paid,
            Status = paid >= Total.IncludingVat ? InvoiceStatus.Paid : InvoiceStatus.PartiallyPaid,
        };
    }

    public Invoice Apply(DunningStepRecorded e) => this with { DunningStep = e.Step, OpenDunningTaskId = e.TaskId };

    public Invoice Apply(DunningTaskClosed e) => e.TaskId == OpenDunningTaskId ? this with { OpenDunningTaskId = null } : this;
}
