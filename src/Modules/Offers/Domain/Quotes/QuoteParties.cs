using Leasing.Offers.Domain.Pricing;

namespace Leasing.Offers.Domain.Quotes;

/// <summary>The prospect or customer a quote is for, as known when it was drafted.</summary>
public sealed record QuoteCustomer(string Name, CustomerType Type, string? Email, string? Phone, string? CompanyId);

/// <summary>
/// The vehicle quoted; CO2 (g/km) matters for the customer's tax and the eco-responsible offer; the segment
/// (e.g. B, C, SUV-C) finds its residual value in the lessor's table.
/// </summary>
public sealed record QuoteVehicle(string Make, string Model, string? Version, string? Energy, int? Co2GramsPerKm, string? Segment = null)
{
    public string Description => string.Join(' ', new[] { Make, Model, Version }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
