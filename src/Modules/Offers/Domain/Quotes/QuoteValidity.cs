using Leasing.Offers.Domain.Pricing;

namespace Leasing.Offers.Domain.Quotes;

public static class QuoteValidity
{
    /// <summary>A consumer LOA offer (a credit offer) must be held 15 days; other offers are valid 30 days.</summary>
    public static int DaysFor(QuoteTerms terms) =>
        terms is { Product: LeaseProduct.Loa, CustomerType: CustomerType.Individual } ? 15 : 30;

    public static DateOnly ValidUntil(DateOnly sentOn, QuoteTerms terms) => sentOn.AddDays(DaysFor(terms));
}
