using System.Security.Claims;
using Claim = Leasing.Claims.Domain.Claim;
using Leasing.Claims.Domain;
using Leasing.Kernel.Monetary;
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
using ContractCommands = Leasing.Contracts.IntegrationEvents;
using Integration = Leasing.Claims.IntegrationEvents;

namespace Leasing.Claims.Features;

/// <param name="Payout">What the insurer paid, excluding VAT.</param>
/// <param name="LiabilityPercent">The insurer's final share of fault when it differs from the one filed (0, 50 or 100).</param>
public sealed record RecordInsurerSettlement(decimal? Payout, int? LiabilityPercent, long? ExpectedVersion);

/// <summary>
/// The insurer's settlement: its payout, and the deductible charged to the customer (the contract's deductible times
/// the driver's share). After a total loss, Claims asks Contracts, in the same transaction, to end the contract early
/// with the payout (<c>TerminateContractForTotalLoss</c>); Contracts answers with <c>ContractTerminated</c>.
/// </summary>
public static class RecordInsurerSettlementEndpoint
{
    public static ProblemDetails Validate(RecordInsurerSettlement command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion)
        .Required(command.Payout, "payout").When(command.Payout < 0m, "payout", "Cannot be negative.")
        .When(command.LiabilityPercent is not (null or 0 or 50 or 100), "liabilityPercent", "0, 50 or 100.")
        .ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/insurer-settlement", Name = "RecordInsurerSettlement")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, RecordInsurerSettlement command, ClaimsPrincipal user, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, claim => Decide(claim, command, user.NameOf(), clock.GetUtcNow()),
            cancellation);

    public static ClaimDecision Decide(Claim claim, RecordInsurerSettlement command, string by, DateTimeOffset now)
    {
        if (!ClaimActions.Allowed(claim).Contains(ClaimAction.RecordInsurerSettlement))
            return ClaimProblems.NotAllowed(claim, ClaimAction.RecordInsurerSettlement,
                claim.Insurer is null ? "File the claim with the insurer first." : claim.Report is null ? "The expert's report is needed first." : "The insurer has already settled.");
        var file = claim.Insurer!;
        var liability = command.LiabilityPercent ?? file.LiabilityPercent;
        var deductiblePercent = command.LiabilityPercent is { } decided && claim.Incident.Kind == ClaimKind.Collision ? decided : file.DeductiblePercent;
        var deductible = DeductibleRule.Charged(claim.Coverage, deductiblePercent);
        var payout = MoneyRounding.ToCent(command.Payout!.Value);

        var events = new List<object> { new InsurerPaid(claim.Id, payout, liability, deductible, now) };
        var messages = new List<object> { new Integration.InsurerSettled(claim.Id, claim.ContractId, payout, liability, deductible, claim.IsTotalLoss, now) };
        if (claim.IsTotalLoss)
        {
            var lossOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(claim.Incident.OccurredAt, BusinessCalendar.Paris).DateTime);
            var reason = claim.Incident.Kind == ClaimKind.Theft ? "Theft" : "TotalLoss";
            events.Add(new ContractTerminationRequested(claim.Id, claim.ContractId, payout, lossOn, reason, now));
            messages.Add(new ContractCommands.TerminateContractForTotalLoss(claim.ContractId, claim.Id, payout, lossOn, reason, by));
        }
        return ClaimDecision.AppendMany(events, messages.ToArray());
    }
}
