using Leasing.Contracts.Domain.Billing;
using Leasing.Kernel.Monetary;
using Leasing.Offers.IntegrationEvents;

namespace Leasing.Contracts.Domain.Termination;

/// <summary>What a settlement is computed from; amounts excluding VAT unless named otherwise.</summary>
public sealed record SettlementInput(
    ContractTerms Terms, RentFigures Figures, DateOnly EndsOn, DateOnly TerminatedOn, decimal VehicleValueExcludingVat,
    decimal? D31218AnnualRatePercent, decimal EarlyTerminationFeeExcludingVat, decimal UnbilledRentIncludingVat, decimal ArrearsIncludingVat);

/// <summary>
/// Early-termination settlement, on any date. The month the termination falls in stays due (every month started is
/// due); the rents of the months after it are "not yet due" and are discounted, each by compound interest for the whole
/// months between the termination date and the first day of its period (month t: × (1 + i)^−t). Only the financial rent
/// is counted: services stop with the contract. Every present value comes from the Offers engine (ContractPricing).
/// <list type="bullet">
/// <item>Contractual (LLD, business LOA): discounted at the contract's own rate, proportional convention (the rate the
/// rents were priced at), with the residual value discounted likewise: their sum is the capital still owed. Less the
/// vehicle's market value, plus the early-termination fee; never below zero.</item>
/// <item>Consumer LOA, art. D.312-18: residual value (not discounted) + the rents not yet due discounted "selon la méthode
/// des intérêts composés" at the TMO of the half-year before signature × 1.5, actuarial convention ((1 + i)^(1/12) per
/// month) − the net sale value of the returned vehicle; no other fee may be asked; never below zero.</item>
/// </list>
/// </summary>
public static class SettlementCalculator
{
    public static SettlementQuote Quote(SettlementInput input)
    {
        var consumer = input.Terms.IsConsumerCredit;
        if (consumer && input.D31218AnnualRatePercent is null)
            throw new InvalidOperationException("A consumer LOA needs the D.312-18 reference rate of its signature half-year.");
        var (rate, convention) = consumer ? (input.D31218AnnualRatePercent!.Value, "Actuarial") : (input.Terms.AnnualRatePercent, "Proportional");

        var rentHt = input.Figures.Rent.ExcludingVat;
        var current = BillingPeriod.Containing(input.TerminatedOn, input.TerminatedOn, input.EndsOn);
        var future = current.End >= input.EndsOn ? [] : BillingPeriod.Between(current.End.AddDays(1), input.EndsOn).ToList();
        var rents = future.Select((period, index) =>
        {
            var amount = period.Prorate(rentHt);
            var factor = ContractPricing.PresentValue(1m, index + 1, rate, convention);
            return new DiscountedRent(period.Start, index + 1, amount, Math.Round(factor, 10), MoneyRounding.ToCent(amount * factor));
        }).ToList();
        var discountedRents = rents.Sum(r => r.PresentValue);

        var residualHt = input.Terms.Basis == VatBasis.IncludingVat
            ? ContractPricing.ExcludingVat(input.Terms.ResidualValue)
            : MoneyRounding.ToCent(input.Terms.ResidualValue);
        var residualCounted = consumer ? residualHt : MoneyRounding.ToCent(ContractPricing.PresentValue(residualHt, rents.Count, rate, convention));
        var fees = consumer ? 0m : MoneyRounding.ToCent(input.EarlyTerminationFeeExcludingVat);
        var vehicle = MoneyRounding.ToCent(input.VehicleValueExcludingVat);
        var indemnity = Math.Max(0m, discountedRents + residualCounted + fees - vehicle);

        var method = consumer
            ? $"Art. D.312-18 : chaque loyer HT non échu est actualisé aux intérêts composés au taux annuel de {rate:0.####} % (TMO du semestre précédant la signature × 1,5), soit (1 + {rate / 100m:0.######})^(−t/12) pour le loyer dû dans t mois."
            : $"Chaque loyer HT non échu est actualisé au taux du contrat, {rate:0.####} % l'an, soit (1 + {rate / 1200m:0.######})^(−t) pour le loyer dû dans t mois ; la valeur résiduelle est actualisée de même sur {rents.Count} mois.";
        var explanation = consumer
            ? $"Indemnité = valeur résiduelle HT {residualHt:0.00} + loyers non échus actualisés {discountedRents:0.00} − valeur vénale HT {vehicle:0.00} = {indemnity:0.00} € HT."
            : $"Indemnité = loyers non échus actualisés {discountedRents:0.00} + valeur résiduelle actualisée {residualCounted:0.00} + frais {fees:0.00} − valeur de marché HT {vehicle:0.00} = {indemnity:0.00} € HT.";
        return new SettlementQuote(consumer ? SettlementMethod.ConsumerCreditD31218 : SettlementMethod.Contractual, input.TerminatedOn, input.EndsOn,
            rate, convention, method, rents, discountedRents, residualHt, residualCounted, vehicle, fees, indemnity,
            VatAmounts.FromExcludingVat(indemnity), input.UnbilledRentIncludingVat, input.ArrearsIncludingVat, explanation);
    }
}
