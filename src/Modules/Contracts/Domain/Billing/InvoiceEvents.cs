namespace Leasing.Contracts.Domain.Billing;

// The events of an invoice's stream (a credit note is an invoice of kind CreditNote). The stream id of a monthly rent
// invoice is derived from the contract and the month, so issuing it twice is impossible (see InvoiceIds).

public sealed record InvoiceIssued(
    Guid InvoiceId, Guid ContractId, string ContractNumber, string Number, InvoiceKind Kind,
    DateOnly? PeriodStart, DateOnly? PeriodEnd, DateOnly IssuedOn, DateOnly DueOn,
    VatBasis Basis, IReadOnlyList<InvoiceLine> Lines, VatAmounts Total,
    string CustomerName, string? CompanyId, string? MandateReference, Guid? BillingRunId, Guid? CorrectsInvoiceId,
    DateTimeOffset At);

public enum PaymentMethod { SepaDirectDebit, Transfer, Card, Cheque }

/// <summary>A payment received against the invoice; a SEPA direct debit carries its end-to-end reference.</summary>
public sealed record PaymentRecorded(Guid InvoiceId, Guid PaymentId, decimal Amount, DateOnly PaidOn, PaymentMethod Method, string Reference,
    DateTimeOffset At);

public enum DunningStep { None, FirstReminder, SecondReminder, FormalNotice }

/// <summary>
/// An unpaid invoice reached a dunning step (a reminder at +5 and +15 days, a formal notice at +30); it opens the
/// account manager's task for that step (the task list projects it from here: a task on an invoice lives in its stream).
/// </summary>
public sealed record DunningStepRecorded(Guid InvoiceId, Guid ContractId, string ContractNumber, DunningStep Step, int DaysOverdue, decimal AmountDue,
    Guid TaskId, string TaskTitle, DateOnly TaskDueOn, string? CompanyId, DateTimeOffset At);

/// <summary>The dunning task of a step is done: paid, superseded by the next step, or completed by hand.</summary>
public sealed record DunningTaskClosed(Guid InvoiceId, Guid ContractId, Guid TaskId, string Outcome, DateTimeOffset At);
