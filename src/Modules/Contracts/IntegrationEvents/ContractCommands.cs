namespace Leasing.Contracts.IntegrationEvents;

/// <summary>
/// Sent by another module (Claims) when an insured vehicle is a total loss or stolen: Contracts terminates the contract
/// early on <c>LossOn</c> with the settlement figures and counts the insurer's payout (euros, in the contract's basis)
/// toward it; <see cref="ContractTerminated"/> answers, with <c>ClaimId</c>. <c>Reason</c> is <c>TotalLoss</c> or
/// <c>Theft</c>. Sending it twice for the same claim terminates once.
/// </summary>
public sealed record TerminateContractForTotalLoss(
    Guid ContractId, Guid ClaimId, decimal InsurancePayout, DateOnly LossOn, string Reason, string RequestedBy);
