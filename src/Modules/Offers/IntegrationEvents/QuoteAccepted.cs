namespace Leasing.Offers.IntegrationEvents;

// The only types other modules may use from Offers. Flat and self-contained on purpose: a contract is opened
// from this message alone, without reading the Offers module's data.

public sealed record AcceptedCustomer(string Name, string CustomerType, string? Email, string? Phone, string? CompanyId);

public sealed record AcceptedVehicle(string Make, string Model, string? Version, string? Energy, int? Co2GramsPerKm);

public sealed record AcceptedTerms(
    string Product, int TermMonths, int AnnualMileageKm, decimal VehiclePrice, decimal FirstPayment, decimal ResidualValue,
    decimal AnnualRatePercent, decimal LessorMarginCoefficient, string PaymentTiming, decimal ServiceRatePerKm,
    decimal ServiceRatePerMonth, decimal ExcessKmPrice);

/// <summary>Monthly amounts in both VAT bases; <c>QuotedBasis</c> says which one the customer was quoted in.</summary>
public sealed record AcceptedAmounts(
    string QuotedBasis, decimal MonthlyRentExcludingVat, decimal MonthlyServicesExcludingVat, decimal MonthlyTotalExcludingVat,
    decimal MonthlyRentIncludingVat, decimal MonthlyServicesIncludingVat, decimal MonthlyTotalIncludingVat,
    decimal AmountFinanced, int NumberOfPayments, decimal? PurchaseOptionPrice);

public sealed record QuoteAccepted(
    Guid QuoteId, string QuoteNumber, Guid? LeadId, AcceptedCustomer Customer, AcceptedVehicle Vehicle,
    AcceptedTerms Terms, AcceptedAmounts Amounts, string AcceptedBy, DateTimeOffset AcceptedAt);

/// <summary>An offer went to the customer; for a lead, this is the "offer made" step.</summary>
public sealed record QuoteSent(Guid QuoteId, string QuoteNumber, Guid? LeadId, DateOnly ValidUntil, DateTimeOffset SentAt);
