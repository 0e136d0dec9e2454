using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Financing;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Contracts.Features.Financing;

/// <summary>A document of the financing file was received (with its reference, e.g. the scan's name) or rejected with a reason.</summary>
public sealed record RecordFinancingDocument(string? Kind, string? Reference, string? Note, bool Rejected, string? Reason, long? ExpectedVersion);

public static class RecordFinancingDocumentEndpoint
{
    public static ProblemDetails Validate(RecordFinancingDocument command)
    {
        var errors = new FieldErrors();
        errors.Enum<DocumentKind>(command.Kind, "kind", required: true);
        return errors.When(!command.Rejected && string.IsNullOrWhiteSpace(command.Reference), "reference", "'reference' is required for a received document.")
            .When(command.Rejected && string.IsNullOrWhiteSpace(command.Reason), "reason", "A rejected document needs a reason.")
            .When(command.Reference?.Length > 200, "reference", "At most 200 characters.")
            .ExpectedVersion(command.ExpectedVersion).ToProblem();
    }

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/documents", Name = "RecordFinancingDocument")]
    [Tags("Contracts")]
    public static Task<IResult> Post(Guid id, RecordFinancingDocument command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract => Decide(command, contract, clock.GetUtcNow()), cancellation);

    public static ContractChange Decide(RecordFinancingDocument command, Contract contract, DateTimeOffset now)
    {
        var kind = Enum.Parse<DocumentKind>(command.Kind!, ignoreCase: true);
        var guarantorDocument = kind == DocumentKind.GuarantorCommitment && contract.Status == ContractStatus.AwaitingConditions;
        if (contract.Status != ContractStatus.FinancingStudy && !guarantorDocument)
            return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "given financing documents", ContractStatus.FinancingStudy));
        if (kind == DocumentKind.CompanyRegistration && contract.Customer.Type != CustomerType.Business)
            return ContractChange.Refuse(Problems.Field("kind", "A company registration (Kbis) is asked of business customers only."));

        if (command.Rejected) return ContractChange.Append(new FinancingDocumentRejected(contract.Id, kind, command.Reason!.Trim(), now));
        var received = new FinancingDocumentReceived(contract.Id, kind, command.Reference!.Trim(), command.Note, now);
        var documents = contract.Documents.Where(d => d.Kind != kind)
            .Append(new ChecklistItem(kind, DocumentState.Received, received.Reference, null, now, null)).ToList();
        var complete = DocumentChecklist.IsComplete(contract.Customer.Type, documents);
        return FinancingTask.OpenIfReady(ContractChange.Append(received), contract, complete, contract.Score is not null, now);
    }
}
