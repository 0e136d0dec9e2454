using System.Numerics;
using System.Text.RegularExpressions;
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

namespace Leasing.Contracts.Features.Financing;

/// <summary>
/// Where invoices go and how they are paid: the billing address and the SEPA direct-debit mandate (IBAN, unique mandate
/// reference, signature date). Without them the billing run holds the contract back rather than issue an invoice.
/// </summary>
public sealed record RecordBillingDetails(string? AddressLine, string? PostalCode, string? City, string? Iban, string? Bic, string? MandateReference,
    DateOnly? MandateSignedOn, long? ExpectedVersion);

public static partial class RecordBillingDetailsEndpoint
{
    public static ProblemDetails Validate(RecordBillingDetails command)
    {
        var iban = Normalize(command.Iban);
        return new FieldErrors()
            .Required(command.AddressLine, "addressLine").Required(command.City, "city")
            .When(command.PostalCode is null || !PostalCode().IsMatch(command.PostalCode), "postalCode", "A French postal code has 5 digits.")
            .When(!IsValidIban(iban), "iban", "Not a valid IBAN (country, check digits, account; the mod-97 check fails).")
            .When(command.Bic is { Length: > 0 } bic && !Bic().IsMatch(bic.Trim().ToUpperInvariant()), "bic", "A BIC has 8 or 11 characters.")
            .When(command.MandateReference is null || !MandateReference().IsMatch(command.MandateReference), "mandateReference",
                "A SEPA mandate reference (RUM) has 1 to 35 letters, digits or + ? / - : ( ) . , ' characters.")
            .Required(command.MandateSignedOn, "mandateSignedOn")
            .ExpectedVersion(command.ExpectedVersion).ToProblem();
    }

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePut("/api/contracts/{id}/billing-details", Name = "RecordBillingDetails")]
    [Tags("Contracts")]
    public static Task<IResult> Put(Guid id, RecordBillingDetails command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract =>
        {
            if (contract.IsClosed) return ContractChange.Refuse(ContractProblems.State("The contract is closed."));
            if (command.MandateSignedOn > clock.Today()) return ContractChange.Refuse(Problems.Field("mandateSignedOn", "Cannot be in the future."));
            return ContractChange.Append(new BillingDetailsRecorded(contract.Id, new BillingDetails(command.AddressLine!.Trim(), command.PostalCode!.Trim(),
                command.City!.Trim(), Normalize(command.Iban), command.Bic?.Trim().ToUpperInvariant(), command.MandateReference!.Trim(),
                command.MandateSignedOn!.Value), clock.GetUtcNow()));
        }, cancellation);

    public static string Normalize(string? iban) => (iban ?? "").Replace(" ", "").ToUpperInvariant();

    /// <summary>ISO 13616: move the first four characters to the end, letters to numbers (A = 10), the number mod 97 must be 1.</summary>
    public static bool IsValidIban(string iban)
    {
        if (!Iban().IsMatch(iban)) return false;
        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString() : c.ToString()));
        return BigInteger.Parse(digits) % 97 == 1;
    }

    [GeneratedRegex("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")] private static partial Regex Iban();
    [GeneratedRegex("^[0-9]{5}$")] private static partial Regex PostalCode();
    [GeneratedRegex("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$")] private static partial Regex Bic();
    [GeneratedRegex(@"^[A-Za-z0-9+?/\-:().,' ]{1,35}$")] private static partial Regex MandateReference();
}
