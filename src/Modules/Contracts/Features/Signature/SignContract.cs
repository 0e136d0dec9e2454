using Leasing.Contracts.Documents;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Signature;

/// <summary>
/// The customer signs: the contract PDF is generated from the accepted offer, stored, and its hash recorded with the
/// date and the signer. A consumer LOA, or a consumer LLD signed at a distance, starts its 14-day withdrawal period
/// (a durable timer ends it); any other contract is firm at once. A consumer LOA's offer is held 15 days only.
/// </summary>
public sealed record SignContract(string? SignerName, string? Channel, long? ExpectedVersion);

public static class SignContractEndpoint
{
    public static ProblemDetails Validate(SignContract command)
    {
        var errors = new FieldErrors().Required(command.SignerName, "signerName");
        errors.Enum<SignatureChannel>(command.Channel, "channel", required: true);
        return errors.ExpectedVersion(command.ExpectedVersion).ToProblem();
    }

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/signature", Name = "SignContract")]
    [Tags("Contracts")]
    public static Task<IResult> Post(Guid id, SignContract command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract => Decide(command, contract, clock.Today(), clock.GetUtcNow()),
            cancellation);

    public static ContractChange Decide(SignContract command, Contract contract, DateOnly today, DateTimeOffset now)
    {
        if (contract.Status != ContractStatus.AwaitingSignature)
            return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "signed", ContractStatus.AwaitingSignature));
        if (contract.OfferHeldUntil is { } heldUntil && today > heldUntil)
            return ContractChange.Refuse(ContractProblems.State("The credit offer is no longer held.",
                $"A consumer LOA offer is held 15 days, until {heldUntil:yyyy-MM-dd}: draft and send a new offer."));

        var channel = Enum.Parse<SignatureChannel>(command.Channel!, ignoreCase: true);
        var signer = command.SignerName!.Trim();
        DateOnly? lastDay = WithdrawalPeriod.Applies(contract.Terms, channel) ? WithdrawalPeriod.LastDay(today) : null;
        var pdf = StoredFile.Of(contract.Id, contract.Id, "contract", $"{contract.Number}.pdf", "application/pdf",
            ContractDocument.Render(contract, signer, today, lastDay), now);
        var signed = new ContractSignatureRecorded(contract.Id, signer, channel, today, lastDay, pdf.Sha256, now);
        var change = ContractChange.Append(signed).Store(pdf).Publish(new Integration.ContractSigned(contract.Id, contract.Number, contract.QuoteId,
            contract.LeadId, IntegrationMessages.ProductName(contract.Product), contract.Customer.Type.ToString(), contract.CustomerName,
            contract.CompanyId, signer, channel.ToString(), today, lastDay is not null, lastDay, pdf.Sha256, now));
        return lastDay is { } last ? change.Schedule(new EndWithdrawalPeriod(contract.Id, last), ContractTimes.After(last)) : change;
    }
}
