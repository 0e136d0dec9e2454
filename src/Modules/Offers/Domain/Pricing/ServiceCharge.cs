namespace Leasing.Offers.Domain.Pricing;

/// <summary>One included service as it appears on the quote: its rate and the monthly amount it adds to the rent.</summary>
public sealed record ServiceCharge(string Name, ServiceBasis Basis, decimal Rate, decimal MonthlyCharge);
