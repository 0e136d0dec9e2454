using Leasing.Kernel.Monetary;

namespace Leasing.Claims.Domain;

/// <summary>
/// The claim's money, excluding VAT. Costs are what the lessor pays on the claim (garage, towing, assistance, expert,
/// storage, replacement rental invoices) and, after a total loss, the vehicle itself at the expert's value before the
/// accident. Recoveries are the insurer's payout and the deductible charged to the customer. The balance is what the
/// lessor has not recovered: nil on a claim fully settled, written off with a reason otherwise.
/// </summary>
public sealed record ClaimLedger(
    decimal? ExpertFigure, decimal? AuthorisedAmount, decimal Invoiced, decimal RepairInvoiced, decimal VehicleLoss,
    decimal Costs, decimal InsurerPayout, decimal DeductibleCharged, decimal Recovered, decimal Balance, decimal? ExpectedPayout)
{
    public static ClaimLedger Of(Claim claim)
    {
        var invoiced = claim.Invoices.Sum(i => i.Amount);
        var repairInvoiced = claim.Invoices.Where(i => i.Kind == InvoiceKind.Repair).Sum(i => i.Amount);
        var vehicleLoss = claim.IsTotalLoss ? claim.Report!.VehicleValue ?? 0m : 0m;
        var costs = invoiced + vehicleLoss;
        var payout = claim.Insurer?.Payout ?? 0m;
        var deductible = claim.Insurer?.DeductibleCharged ?? 0m;
        var recovered = payout + deductible;
        // What the insurer should pay for the damage it covers, less the customer's deductible: a check for the handler.
        var damage = claim.IsTotalLoss ? vehicleLoss : claim.Repair?.AuthorisedAmount;
        var expectedDeductible = claim.Insurer is { } file ? DeductibleRule.Charged(claim.Coverage, file.DeductiblePercent) : 0m;
        decimal? expected = damage is { } d ? MoneyRounding.ToCent(Math.Max(0m, d - expectedDeductible)) : null;
        return new ClaimLedger(claim.Report?.RepairEstimate, claim.Repair?.AuthorisedAmount, MoneyRounding.ToCent(invoiced),
            MoneyRounding.ToCent(repairInvoiced), MoneyRounding.ToCent(vehicleLoss), MoneyRounding.ToCent(costs), MoneyRounding.ToCent(payout),
            MoneyRounding.ToCent(deductible), MoneyRounding.ToCent(recovered), MoneyRounding.ToCent(costs - recovered), expected);
    }
}
