namespace Leasing.Contracts.Domain.Billing;

/// <summary>The monthly rent and services in force from a date (the start, then each amendment's first billed day).</summary>
public sealed record RentVersion(DateOnly EffectiveFrom, decimal RentQuoted, decimal ServicesQuoted);

/// <summary>
/// What the billing run needs of a contract, and nothing more (a lean projection of the contract's stream): who is billed
/// and how, the rents in force, the first and last billing days, and whether the data is complete enough to invoice.
/// </summary>
public sealed record BillingAccount
{
    public Guid Id { get; init; }
    public string ContractNumber { get; init; } = "";
    public Guid QuoteId { get; init; }
    public string CustomerName { get; init; } = "";
    public string? CompanyId { get; init; }
    public CustomerType CustomerType { get; init; }
    public VatBasis Basis { get; init; }
    public bool Active { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    /// <summary>The last billed day when billing stopped before the end (return, termination, sale); null otherwise.</summary>
    public DateOnly? StopsOn { get; init; }
    public decimal FirstPaymentQuoted { get; init; }
    public decimal DeliveryFeeExcludingVat { get; init; }
    public IReadOnlyList<RentVersion> Rents { get; init; } = [];
    public string? MandateReference { get; init; }
    public string? BillingAddress { get; init; }

    public DateOnly? LastBilledDay => StopsOn is { } stop && EndsOn is { } end ? (stop < end ? stop : end) : EndsOn;

    public RentVersion RentOn(DateOnly day) =>
        Rents.LastOrDefault(r => r.EffectiveFrom <= day) ?? Rents.FirstOrDefault() ?? new RentVersion(day, 0m, 0m);

    /// <summary>Why an invoice cannot be issued from this account now (empty when it can): never an invoice from incomplete data.</summary>
    public IReadOnlyList<string> MissingData()
    {
        var missing = new List<string>();
        if (StartsOn is null || EndsOn is null) missing.Add("Pas de date de livraison / no delivery date");
        if (Rents.Count == 0 || Rents.Any(r => r.RentQuoted <= 0m)) missing.Add("Loyer inconnu / no rent in force");
        if (string.IsNullOrWhiteSpace(MandateReference)) missing.Add("Pas de mandat SEPA / no SEPA direct-debit mandate");
        if (string.IsNullOrWhiteSpace(BillingAddress)) missing.Add("Pas d'adresse de facturation / no billing address");
        if (CustomerType == CustomerType.Business && string.IsNullOrWhiteSpace(CompanyId))
            missing.Add("SIREN du client manquant / the business customer's SIREN is missing");
        return missing;
    }
}
