using JasperFx.Events;
using Leasing.Contracts.Domain.Financing;

namespace Leasing.Contracts.Domain;

public sealed partial record Contract
{
    public IReadOnlyList<ChecklistItem> Documents { get; init; } = [];
    public ApplicantFinances? Finances { get; init; }
    public CreditScore? Score { get; init; }
    public CreditDecision? Decision { get; init; }
    public string? DecidedBy { get; init; }
    public string? DecisionReason { get; init; }
    public decimal? RequiredFirstPayment { get; init; }
    public bool GuarantorRequired { get; init; }
    public string? GuarantorName { get; init; }
    public BillingDetails? BillingDetails { get; init; }

    public IReadOnlyList<ChecklistItem> Checklist => DocumentChecklist.Of(Customer.Type, Documents, GuarantorRequired);

    public bool ChecklistComplete => DocumentChecklist.IsComplete(Customer.Type, Documents);

    public Contract Apply(IEvent<FinancingDocumentReceived> received)
    {
        var e = received.Data;
        return this with
        {
            Documents = [.. Documents.Where(d => d.Kind != e.Kind), new ChecklistItem(e.Kind, DocumentState.Received, e.Reference, e.Note, e.At, received.UserName)],
            UpdatedAt = e.At,
        };
    }

    public Contract Apply(IEvent<FinancingDocumentRejected> rejected)
    {
        var e = rejected.Data;
        return this with
        {
            Documents = [.. Documents.Where(d => d.Kind != e.Kind), new ChecklistItem(e.Kind, DocumentState.Rejected, null, e.Reason, e.At, rejected.UserName)],
            UpdatedAt = e.At,
        };
    }

    public Contract Apply(ApplicantFinancesRecorded e) => this with { Finances = e.Finances, UpdatedAt = e.At };

    public Contract Apply(FinancingFileScored e) => this with { Score = e.Score, UpdatedAt = e.At };

    public Contract Apply(IEvent<CreditDecisionRecorded> decided)
    {
        var e = decided.Data;
        return this with
        {
            Decision = e.Decision, DecidedBy = decided.UserName, DecisionReason = e.Reason, RequiredFirstPayment = e.RequiredFirstPayment,
            GuarantorRequired = e.GuarantorRequired,
            Status = e.Decision switch
            {
                CreditDecision.Approved => ContractStatus.AwaitingSignature,
                CreditDecision.ApprovedWithConditions => ContractStatus.AwaitingConditions,
                _ => ContractStatus.Refused,
            },
            UpdatedAt = e.At,
        };
    }

    public Contract Apply(FinancingConditionsMet e) => this with
    {
        GuarantorName = e.GuarantorName, Terms = e.Terms, Figures = e.Figures, Status = ContractStatus.AwaitingSignature, UpdatedAt = e.At,
    };

    public Contract Apply(IncludedServicesDefined e) => this with { Services = e.Services, UpdatedAt = e.At };

    public Contract Apply(BillingDetailsRecorded e) => this with { BillingDetails = e.Details, UpdatedAt = e.At };
}
