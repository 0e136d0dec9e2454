namespace Leasing.Contracts.Domain;

/// <summary>The customer as accepted on the offer; <c>CompanyId</c> (SIREN) binds a business customer's fleet manager.</summary>
public sealed record ContractCustomer(string Name, CustomerType Type, string? Email, string? Phone, string? CompanyId);

public sealed record ContractVehicle(string Make, string Model, string? Version, string? Energy, int? Co2GramsPerKm)
{
    public string Description => string.Join(' ', new[] { Make, Model, Version }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

public sealed record Driver(string Name, string? Phone, string? Email);

public sealed record BillingDetails(string AddressLine, string PostalCode, string City, string Iban, string? Bic, string MandateReference,
    DateOnly MandateSignedOn)
{
    /// <summary>The IBAN as shown to people: only the country, check digits and last four characters.</summary>
    public string MaskedIban => Iban.Length <= 8 ? Iban : $"{Iban[..4]} •••• {Iban[^4..]}";
}
